package io.opsdw.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.ingest.lake.LakeLayout;
import io.opsdw.ingest.testing.TestSpark;
import io.opsdw.transforms.testing.RawFixture;
import io.opsdw.transforms.testing.World;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransformJobTest {

    @TempDir
    static Path home;
    static SparkSession spark;
    static LakeLayout lake;
    static TransformReport oct;

    @BeforeAll
    static void transformOctober() {
        spark = TestSpark.get();
        lake = new LakeLayout(home);
        RawFixture raw = new RawFixture(spark, lake);
        World.masters(raw, World.OCT);
        World.masters(raw, World.NOV);
        World.october(raw);
        World.november(raw);
        oct = new TransformJob(spark, lake).run(World.OCT, "run-oct");
    }

    private static List<Row> rows(String sql) {
        return spark.sql(sql).collectAsList();
    }

    @Test
    void writesEveryModel() {
        assertThat(oct.nothingToDo()).isFalse();
        assertThat(oct.rowsWritten("fact_complaint")).isEqualTo(3);
        assertThat(oct.rowsWritten("fact_callback")).isEqualTo(2);
        assertThat(oct.rowsWritten("fact_inventory_movement")).isEqualTo(4);
        assertThat(oct.checksFailed()).isZero();
        oct.checks().stream().filter(c -> !c.passed()).forEach(System.out::println);
    }
}
