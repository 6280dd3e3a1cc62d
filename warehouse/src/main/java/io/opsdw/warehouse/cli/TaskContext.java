package io.opsdw.warehouse.cli;

import io.opsdw.ingest.layout.LakeLayout;
import io.opsdw.warehouse.config.DwSettings;
import io.opsdw.warehouse.pipeline.SparkProvider;
import java.time.Instant;

/** What a running task may use: its run id, the home's layout, settings, the terminal and (lazily) Spark. */
public record TaskContext(String runId, Instant startedAt, LakeLayout lake, DwSettings settings, Console console,
                          SparkProvider spark, boolean verbose, Progress progress) {
}
