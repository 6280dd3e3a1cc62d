package io.opsdw.transforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.testing.TestSpark;
import io.opsdw.transforms.model.CalendarRange;
import io.opsdw.transforms.testing.RawFixture;
import io.opsdw.transforms.testing.World;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calendar follows the data: dim_date spans whole years around every period in the lake, so exports from 2010 or
 * 2018 (real public exports are that old) transform and their date keys resolve; the date check still guards the
 * facts, and its message says a date outside the calendar is a warehouse bug.
 */
class CalendarFollowsDataTest {

    static final YearMonth DEC_2010 = YearMonth.of(2010, 12);
    static final YearMonth MAR_2018 = YearMonth.of(2018, 3);

    @TempDir
    Path home;

    @Test
    void periodsIn2010And2018TransformAndTheirDatesResolve() {
        SparkSession spark = TestSpark.get();
        LakeLayout lake = new LakeLayout(home);
        RawFixture raw = new RawFixture(spark, lake);
        World.masters(raw, DEC_2010);
        World.masters(raw, MAR_2018);
        raw.write("complaints", DEC_2010, List.of(
                World.complaint("K2010", "S01", "2010-12-01 08:26", "C001", "service", "D01", null).map()));
        raw.write("complaints", MAR_2018, List.of(
                World.complaint("K2018", "S02", "2018-03-15 10:00", "C002", "quality", "D02", null)
                        .with("resolved_at", "2018-03-16 09:00").map()));

        TransformJob job = new TransformJob(spark, lake, 1);
        job.run(DEC_2010, "run-2010");
        job.run(MAR_2018, "run-2018");

        Row span = spark.read().parquet(lake.mart("dim_date").toString()).where("date_key <> 0")
                .selectExpr("min(date) AS first", "max(date) AS last").first();
        assertThat(span.<java.sql.Date>getAs("first").toLocalDate()).isEqualTo(LocalDate.of(2009, 1, 1));
        assertThat(span.<java.sql.Date>getAs("last").toLocalDate()).isEqualTo(LocalDate.of(2019, 12, 31));
        for (YearMonth p : List.of(DEC_2010, MAR_2018)) {
            List<Row> facts = spark.read().parquet(lake.martPartition("fact_complaint", p).toString()).collectAsList();
            assertThat(facts).hasSize(1).allSatisfy(r -> assertThat(r.<Integer>getAs("received_date_key")).isNotZero());
        }
        List<Row> failed = spark.read().parquet(lake.mart("dq_results").toString()).where("status = 'fail'").collectAsList();
        assertThat(failed).isEmpty();
    }

    @Test
    void aDateOutsideTheCalendarStillFailsAndTheMessageSaysItIsABug() {
        SparkSession spark = TestSpark.get();
        LakeLayout lake = new LakeLayout(home);
        RawFixture raw = new RawFixture(spark, lake);
        World.masters(raw, MAR_2018);
        // a callback dated years before the period: outside a calendar with no margin
        raw.write("complaints", MAR_2018, List.of(
                World.complaint("K2018", "S02", "2018-03-15 10:00", "C002", "quality", "D02", null).map()));
        raw.write("callbacks", MAR_2018, List.of(RawFixture.row("callback_id", "B1", "site_code", "S01",
                "service_date", "2012-01-02", "callback_at", "2018-03-05 15:00", "callback_type", "routine",
                "channel", "phone", "result", "satisfied")));

        assertThatThrownBy(() -> new TransformJob(spark, lake, 0).run(MAR_2018, "run-2018"))
                .isInstanceOf(DataQualityException.class)
                .hasMessageContaining("fact_callback.relationships(service_date_key -> dim_date.date_key)")
                .hasMessageContaining("outside the calendar")
                .hasMessageContaining("not the export's fault");
    }

    @Test
    void rangeIsWholeYearsAroundThePeriodsWithTheMargin() {
        assertThat(CalendarRange.spanning(List.of(YearMonth.of(2018, 3), YearMonth.of(2010, 12)), 2))
                .isEqualTo(new CalendarRange(LocalDate.of(2008, 1, 1), LocalDate.of(2020, 12, 31)));
        assertThat(CalendarRange.spanning(List.of(YearMonth.of(2026, 10)), 0))
                .isEqualTo(new CalendarRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }
}
