package io.opsdw.warehouse.task;

import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.config.DwSettings;
import io.opsdw.warehouse.lineage.LineageRun;
import java.time.Instant;

/**
 * What a running task may use: its run id, the home's layout, settings, the terminal, (lazily) Spark, and its lineage
 * run (stages of dw run report their own as children of it).
 */
public record TaskContext(String runId, Instant startedAt, LakeLayout lake, DwSettings settings, Console console,
                          SparkProvider spark, boolean verbose, Progress progress, LineageRun lineage) {

    /**
     * The lake's file operations for work outside Spark jobs. A local lake needs only Hadoop's defaults (no Spark
     * session is started for it); any other takes the Spark session's Hadoop configuration, where the
     * {@code spark.hadoop.*} settings (credentials, endpoints) are.
     */
    public LakeFs lakeFs() {
        return lakeFs(lake, spark);
    }

    public static LakeFs lakeFs(LakeLayout lake, SparkProvider spark) {
        return lake.lakeIsLocal() ? LakeFs.local() : LakeFs.of(spark.get());
    }
}
