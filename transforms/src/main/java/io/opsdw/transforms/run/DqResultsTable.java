package io.opsdw.transforms.run;

import io.opsdw.transforms.quality.DqResult;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The dq_results rows of one run; checked_at is UTC wall clock (a technical time). */
public final class DqResultsTable {

    public static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("run_id", DataTypes.StringType, false),
            DataTypes.createStructField("period", DataTypes.StringType, false),
            DataTypes.createStructField("model", DataTypes.StringType, false),
            DataTypes.createStructField("check_name", DataTypes.StringType, false),
            DataTypes.createStructField("severity", DataTypes.StringType, false),
            DataTypes.createStructField("status", DataTypes.StringType, false),
            DataTypes.createStructField("failing_rows", DataTypes.LongType, false),
            DataTypes.createStructField("sample_keys", DataTypes.StringType, true),
            DataTypes.createStructField("checked_at", DataTypes.TimestampNTZType, false)));

    private DqResultsTable() {
    }

    public static Dataset<Row> toDataFrame(SparkSession spark, String runId, YearMonth period, List<DqResult> checks,
                                           LocalDateTime checkedAt) {
        List<Row> rows = checks.stream().map(c -> RowFactory.create(runId, period.toString(), c.model(),
                c.checkName(), c.severity().code(), c.status(), c.failingRows(),
                c.sampleKeys().isEmpty() ? null : String.join(", ", c.sampleKeys()), checkedAt)).toList();
        return spark.createDataFrame(rows, SCHEMA);
    }
}
