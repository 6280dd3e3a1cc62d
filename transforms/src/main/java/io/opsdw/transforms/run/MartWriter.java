package io.opsdw.transforms.run;

import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import java.util.UUID;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes a table aside under the lake's work folder ({@code lake/_tmp}) and then swaps it in, so a failed write never
 * leaves a half-written mart and a re-run replaces the old output whole (never appends a second copy).
 */
public final class MartWriter {

    private final LakeLayout lake;
    private final LakeFs fs;

    public MartWriter(LakeLayout lake, LakeFs fs) {
        this.lake = lake;
        this.fs = fs;
    }

    public void replace(Dataset<Row> df, Path target) {
        Path aside = new Path(lake.work(), target.getName() + "-" + UUID.randomUUID());
        df.write().mode(SaveMode.ErrorIfExists).parquet(aside.toString());
        fs.replace(aside, target, new Path(lake.work(), target.getName() + "-old-" + UUID.randomUUID()));
    }
}
