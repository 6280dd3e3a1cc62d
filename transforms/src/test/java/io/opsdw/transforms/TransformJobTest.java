package io.opsdw.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.testing.TestSpark;
import io.opsdw.transforms.testing.RawFixture;
import io.opsdw.transforms.testing.World;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end over two months (one shared lake, four runs, because Spark runs cost seconds): October, then
 * November, then October again (must be identical), then October once more after the late customer's master data
 * arrived. Each test checks given input rows against expected output rows of one model.
 */
class TransformJobTest {

    private static final List<String> MARTS = List.of("dim_date", "dim_site", "dim_department", "dim_employee",
            "dim_customer", "dim_complaint_category", "dim_channel", "dim_satisfaction_level", "dim_callback_type",
            "dim_service_item", "dim_item", "dim_movement_type", "dim_order_status");
    private static final List<String> FACTS = List.of("fact_complaint", "fact_callback", "fact_daily_traffic",
            "fact_inventory_movement", "fact_order");

    @TempDir
    static Path home;
    static SparkSession spark;
    static LakeLayout lake;
    static RawFixture raw;
    static TransformReport octReport;
    static Map<String, List<String>> octFirst;
    static Map<String, List<String>> octSecond;
    static Map<Path, String> octFilesBeforeNov;
    static Map<Path, String> octFilesAfterNov;
    static List<Row> octComplaintsBeforeLateCustomer;
    static final YearMonth DEC = YearMonth.of(2026, 12);
    static DataQualityException decFailure;
    static final Map<String, List<Row>> READS = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void transformTwoMonths() throws IOException {
        spark = TestSpark.get();
        lake = new LakeLayout(home);
        raw = new RawFixture(spark, lake);
        World.masters(raw, World.OCT);
        World.masters(raw, World.NOV);
        World.october(raw);
        World.november(raw);
        TransformJob job = new TransformJob(spark, lake);

        octReport = job.run(World.OCT, "run-oct-1");
        octFirst = snapshot(World.OCT);
        octFilesBeforeNov = files(LakeLayout.localPath(lake.martPartition("fact_complaint", World.OCT)));
        octComplaintsBeforeLateCustomer = read(lake.martPartition("fact_complaint", World.OCT));

        job.run(World.NOV, "run-nov-1");
        octFilesAfterNov = files(LakeLayout.localPath(lake.martPartition("fact_complaint", World.OCT)));

        job.run(World.OCT, "run-oct-2");
        octSecond = snapshot(World.OCT);

        // The late customer C999 appears in November's master export; re-running October fixes the key.
        World.masters(raw, World.NOV, true);
        job.run(World.OCT, "run-oct-3");

        // December: a complaint from a site nobody knows and a manifest that claims one row more than landed.
        raw.write("complaints", DEC, List.of(
                World.complaint("K9", "S99", "2026-12-01 10:00", null, "service", "D01", null).map(),
                World.complaint("K10", "S01", "2026-12-02 10:00", "C001", "service", "D01", null).map()), 3);
        try {
            job.run(DEC, "run-dec-1");
        } catch (DataQualityException e) {
            decFailure = e;
        }
    }

    @Test
    void reportsRowsPerModelAndChecks() {
        assertThat(octReport.nothingToDo()).isFalse();
        assertThat(octReport.rowsWritten("fact_complaint")).isEqualTo(4);
        assertThat(octReport.rowsWritten("fact_callback")).isEqualTo(2);
        assertThat(octReport.rowsWritten("fact_daily_traffic")).isEqualTo(2);
        assertThat(octReport.rowsWritten("fact_inventory_movement")).isEqualTo(4);
        assertThat(octReport.rowsWritten("fact_order")).isEqualTo(1);
        assertThat(octReport.checksFailed()).isZero();
        // C999 is not in the master data yet: the warn check records it without stopping.
        assertThat(octReport.checksWarned()).isEqualTo(1);
        assertThat(octReport.checks()).filteredOn(c -> !c.passed())
                .singleElement().satisfies(c -> {
                    assertThat(c.checkName()).isEqualTo("customer_known");
                    assertThat(c.sampleKeys()).containsExactly("K5");
                });
        assertThat(octReport.checksPassed()).isEqualTo(octReport.checks().size() - 1);
    }

    @Test
    void complaintSlaFlagsAtTheirBoundaries() {
        Map<String, Row> byId = byKey(fact("fact_complaint", World.OCT), "complaint_id");
        Row k1 = byId.get("K1");
        assertThat(k1.<Boolean>getAs("resolved_same_day")).isTrue();          // 23:59 the same day
        assertThat((Object) k1.getAs("notified_same_day")).isNull();          // rule does not apply
        assertThat(k1.<Boolean>getAs("callback_within_3d")).isTrue();         // 3 calendar days after resolution
        assertThat(k1.<BigDecimal>getAs("hours_to_resolve")).isEqualByComparingTo("14.98");
        Row k2 = byId.get("K2");
        assertThat(k2.<Boolean>getAs("resolved_same_day")).isFalse();         // 00:00 the next day
        assertThat(k2.<Boolean>getAs("notified_same_day")).isTrue();
        assertThat(k2.<Boolean>getAs("callback_done")).isTrue();
        assertThat(k2.<Boolean>getAs("callback_within_3d")).isFalse();        // the 4th calendar day after resolution
        Row k3 = byId.get("K3");
        assertThat(k3.<Boolean>getAs("resolved_same_day")).isFalse();
        assertThat(k3.<Boolean>getAs("notified_same_day")).isFalse();         // told the next day
        assertThat(k3.<Boolean>getAs("callback_done")).isFalse();
        assertThat((Object) k3.getAs("callback_within_3d")).isNull();          // unresolved: no callback due yet
        assertThat(k3.<Boolean>getAs("is_valid")).isFalse();
        assertThat((Object) k3.getAs("hours_to_resolve")).isNull();
        assertThat(k1.<Integer>getAs("received_date_key")).isEqualTo(20261005);
        assertThat(k1.<Integer>getAs("complaint_count")).isEqualTo(1);
        assertThat(k1.<String>getAs("period")).isEqualTo("2026-10");
    }

    @Test
    void complaintsJoinCategoryAndServiceItemIncludingTraditionalLabels() {
        Map<String, Row> byId = byKey(fact("fact_complaint", World.OCT), "complaint_id");
        Map<Long, Row> categories = byKey(mart("dim_complaint_category"), "complaint_category_key");
        Row k3Category = categories.get(byId.get("K3").<Long>getAs("complaint_category_key"));
        assertThat(k3Category.<String>getAs("cause_type")).isEqualTo("unspecified");
        assertThat(k3Category.<String>getAs("validity")).isEqualTo("invalid");
        Map<Long, Row> items = byKey(mart("dim_service_item"), "service_item_key");
        assertThat(items.get(byId.get("K1").<Long>getAs("service_item_key")).<String>getAs("service_item_name"))
                .isEqualTo("化妆");                                                // 化妝 folded to simplified
        assertThat(mart("dim_service_item")).extracting(r -> r.<String>getAs("service_item_name"))
                .containsExactlyInAnyOrder("未知", "化妆", "拍摄", "水吧", "选片");
        assertThat(byId.get("K5").<Long>getAs("service_item_key")).isZero();
    }

    @Test
    void customerScd2VersionsAndFactsJoinTheVersionValidAtTheEvent() {
        List<Row> c001 = mart("dim_customer").stream().filter(r -> "C001".equals(r.getAs("customer_id")))
                .sorted((a, b) -> a.getAs("valid_from").toString().compareTo(b.getAs("valid_from").toString())).toList();
        assertThat(c001).hasSize(2);
        assertThat(c001.get(0).<String>getAs("membership")).isEqualTo("none");
        assertThat(c001.get(0).getAs("valid_from").toString()).isEqualTo(LocalDate.of(1900, 1, 1).toString());
        assertThat(c001.get(0).getAs("valid_to").toString()).isEqualTo(LocalDate.of(2026, 11, 1).toString());
        assertThat(c001.get(0).<Boolean>getAs("is_current")).isFalse();
        assertThat(c001.get(1).<String>getAs("membership")).isEqualTo("member");
        assertThat(c001.get(1).<Boolean>getAs("is_member")).isTrue();
        assertThat(c001.get(1).getAs("valid_from").toString()).isEqualTo(LocalDate.of(2026, 11, 1).toString());
        assertThat(c001.get(1).getAs("valid_to").toString()).isEqualTo(LocalDate.of(9999, 12, 31).toString());
        assertThat(c001.get(1).<Boolean>getAs("is_current")).isTrue();
        assertThat(c001.get(1).<String>getAs("customer_name_masked")).isEqualTo("张*");
        assertThat(c001.get(1).<String>getAs("phone_masked")).isEqualTo("138****5678");
        // C002 has identical snapshots: one version.
        assertThat(mart("dim_customer")).filteredOn(r -> "C002".equals(r.getAs("customer_id"))).hasSize(1);

        long oct = byKey(fact("fact_complaint", World.OCT), "complaint_id").get("K1").getAs("customer_key");
        long nov = byKey(fact("fact_complaint", World.NOV), "complaint_id").get("K4").getAs("customer_key");
        assertThat(oct).isEqualTo(c001.get(0).<Long>getAs("customer_key"));
        assertThat(nov).isEqualTo(c001.get(1).<Long>getAs("customer_key"));
    }

    @Test
    void itemScd2CostsMovementsAtTheVersionValidWhenTheyHappened() {
        assertThat(mart("dim_item")).filteredOn(r -> "I01".equals(r.getAs("item_code")))
                .extracting(r -> r.<BigDecimal>getAs("unit_cost").toPlainString())
                .containsExactlyInAnyOrder("5.00", "6.00");
        Map<String, Row> oct = byKey(fact("fact_inventory_movement", World.OCT), "movement_id");
        Row m2 = oct.get("M2");
        assertThat(m2.<BigDecimal>getAs("cost_amount")).isEqualByComparingTo("150.00");   // 30 x 5.00
        assertThat(m2.<BigDecimal>getAs("signed_quantity")).isEqualByComparingTo("-30");
        assertThat(m2.<BigDecimal>getAs("issue_qty")).isEqualByComparingTo("30");
        assertThat(m2.<BigDecimal>getAs("receipt_qty")).isEqualByComparingTo("0");
        assertThat(oct.get("M1").<BigDecimal>getAs("signed_quantity")).isEqualByComparingTo("100");
        assertThat(oct.get("M3").<BigDecimal>getAs("waste_qty")).isEqualByComparingTo("2");
        Row count = oct.get("M4");
        assertThat(count.<BigDecimal>getAs("signed_quantity")).isEqualByComparingTo("0");
        assertThat(count.<BigDecimal>getAs("counted_qty")).isEqualByComparingTo("67");
        assertThat(count.<BigDecimal>getAs("book_qty")).isEqualByComparingTo("68");
        assertThat(count.<BigDecimal>getAs("variance_qty")).isEqualByComparingTo("-1");
        assertThat((Object) m2.getAs("counted_qty")).isNull();
        Row m5 = byKey(fact("fact_inventory_movement", World.NOV), "movement_id").get("M5");
        assertThat(m5.<BigDecimal>getAs("cost_amount")).isEqualByComparingTo("60.00");    // 10 x 6.00
    }

    @Test
    void callbacksScoreSatisfactionAndTheThreeDayRule() {
        Map<String, Row> byId = byKey(fact("fact_callback", World.OCT), "callback_id");
        Row b1 = byId.get("B1");
        assertThat(b1.<Integer>getAs("satisfaction_score")).isEqualTo(3);
        assertThat(b1.<Boolean>getAs("is_satisfied")).isTrue();
        assertThat(b1.<Integer>getAs("days_from_service")).isEqualTo(3);
        assertThat(b1.<Boolean>getAs("within_3_days")).isTrue();
        assertThat(b1.<Boolean>getAs("is_member")).isFalse();
        Row b2 = byId.get("B2");
        assertThat(b2.<Integer>getAs("satisfaction_score")).isEqualTo(2);
        assertThat(b2.<Integer>getAs("days_from_service")).isEqualTo(4);
        assertThat(b2.<Boolean>getAs("within_3_days")).isFalse();
        assertThat(b2.<Boolean>getAs("is_member")).isTrue();                 // from C002's vip version
        assertThat(b2.<String>getAs("dissatisfied_aspect")).isEqualTo("等待时间长");
        assertThat(b1.<Long>getAs("provider_employee_key")).isNotZero();
        assertThat(b2.<Long>getAs("provider_employee_key")).isZero();
    }

    @Test
    void ordersAndTraffic() {
        Row o1 = fact("fact_order", World.OCT).get(0);
        assertThat(o1.<BigDecimal>getAs("outstanding")).isEqualByComparingTo("3000.00");
        assertThat(o1.<Integer>getAs("days_order_to_shoot")).isEqualTo(9);
        assertThat((Object) o1.getAs("days_shoot_to_selection")).isNull();
        Row status = byKey(mart("dim_order_status"), "order_status_key").get(o1.<Long>getAs("order_status_key"));
        assertThat(status.<String>getAs("stage")).isEqualTo("shot");
        assertThat(status.<String>getAs("payment_status")).isEqualTo("partial");
        assertThat(status.<Boolean>getAs("is_rush")).isTrue();
        List<Row> traffic = fact("fact_daily_traffic", World.OCT);
        assertThat(traffic).extracting(r -> r.<Integer>getAs("calls")).containsExactlyInAnyOrder(12, 8);
        assertThat(traffic).extracting(r -> r.<Long>getAs("site_key")).doesNotContain(0L);
    }

    @Test
    void everyDimensionHasTheUnknownMemberZero() {
        for (String dim : MARTS) {
            assertThat(mart(dim)).as(dim).filteredOn(r -> ((Number) r.get(0)).longValue() == 0L).hasSize(1);
        }
        Row sat = mart("dim_date").stream().filter(r -> r.<Integer>getAs("date_key") == 20261005).findFirst()
                .orElseThrow();
        assertThat(sat.<String>getAs("weekday_name_zh")).isEqualTo("星期一");
        assertThat(sat.<String>getAs("month_name_zh")).isEqualTo("十月");
        assertThat(sat.<String>getAs("month_name_en")).isEqualTo("October");
        assertThat(sat.<Integer>getAs("weekday")).isEqualTo(1);
    }

    @Test
    void writtenColumnsAreExactlyTheDeclaredOnes() {
        for (io.opsdw.transforms.model.TableDoc table : io.opsdw.transforms.model.ModelCatalog.load()) {
            List<Row> rows = table.name().startsWith("fact_") ? fact(table.name(), World.OCT)
                    : table.name().equals("dq_results") ? read(lake.martPartition("dq_results", World.OCT))
                    : mart(table.name());
            assertThat(rows).as(table.name()).isNotEmpty();
            assertThat(List.of(rows.get(0).schema().fieldNames())).as(table.name())
                    .isEqualTo(table.columns().stream().map(io.opsdw.transforms.model.ColumnDoc::name).toList());
        }
    }

    @Test
    void transformingNovemberLeavesOctoberPartitionUntouched() {
        assertThat(octFilesAfterNov).isEqualTo(octFilesBeforeNov);
        assertThat(fact("fact_complaint", World.NOV)).extracting(r -> r.<String>getAs("complaint_id"))
                .containsExactly("K4");
    }

    @Test
    void rerunningAPeriodGivesIdenticalOutput() {
        assertThat(octSecond).isEqualTo(octFirst);
    }

    @Test
    void lateArrivingCustomerIsUnknownFirstAndFixedOnRerun() {
        assertThat(byKey(octComplaintsBeforeLateCustomer, "complaint_id").get("K5").<Long>getAs("customer_key"))
                .isZero();
        long fixed = byKey(fact("fact_complaint", World.OCT), "complaint_id").get("K5").getAs("customer_key");
        Row c999 = mart("dim_customer").stream().filter(r -> "C999".equals(r.getAs("customer_id"))).findFirst()
                .orElseThrow();
        assertThat(fixed).isNotZero().isEqualTo(c999.<Long>getAs("customer_key"));
        assertThat(c999.getAs("valid_from").toString()).isEqualTo(LocalDate.of(1900, 1, 1).toString());
    }

    @Test
    void complaintCountsBySiteDepartmentAndCauseMatchTheRawParquet() {
        for (YearMonth period : List.of(World.OCT, World.NOV)) {
            spark.read().parquet(lake.martPartition("fact_complaint", period).toString()).createOrReplaceTempView("t_fc");
            spark.read().parquet(lake.mart("dim_site").toString()).createOrReplaceTempView("t_site");
            spark.read().parquet(lake.mart("dim_department").toString()).createOrReplaceTempView("t_dept");
            spark.read().parquet(lake.mart("dim_complaint_category").toString()).createOrReplaceTempView("t_cat");
            spark.read().parquet(lake.raw("complaints", period).toString()).createOrReplaceTempView("t_raw");
            List<String> warehouse = strings(spark.sql("""
                    SELECT s.site_code, d.dept_code, c.cause_type, sum(f.complaint_count) AS n
                    FROM t_fc f JOIN t_site s USING (site_key) JOIN t_dept d ON d.dept_key = f.responsible_dept_key
                    JOIN t_cat c USING (complaint_category_key)
                    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""").collectAsList());
            List<String> direct = strings(spark.sql("""
                    SELECT site_code, responsible_dept_code, coalesce(cause_type, 'unspecified'), count(*) AS n
                    FROM t_raw GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""").collectAsList());
            assertThat(warehouse).as(period.toString()).isEqualTo(direct).isNotEmpty();
        }
    }

    @Test
    void dqResultsAreWrittenForThePeriodWithTheRunId() {
        List<Row> dq = spark.read().parquet(lake.martPartition("dq_results", World.OCT).toString()).collectAsList();
        assertThat(dq).isNotEmpty().allSatisfy(r -> {
            assertThat(r.<String>getAs("run_id")).isEqualTo("run-oct-3");
            assertThat(r.<String>getAs("period")).isEqualTo("2026-10");
        });
        assertThat(dq).extracting(r -> r.<String>getAs("check_name"))
                .contains("unique(complaint_id)", "reconcile_manifest(complaints.accepted)",
                        "relationships(customer_key -> dim_customer.customer_key)");
        assertThat(dq).extracting(r -> r.<String>getAs("status")).containsOnly("pass");
    }

    @Test
    void errorCheckStopsWithAMessageNamingTheCheckAndKeysAfterWritingDqResults() {
        assertThat(decFailure).as("December must fail its data-quality checks").isNotNull();
        assertThat(decFailure.getMessage()).doesNotContain("\n")
                .contains("fact_complaint.site_known", "K9", "fact_complaint.reconcile_manifest(complaints.accepted)",
                        "rows=2 accepted=3")
                .doesNotContain("K10");
        List<Row> dq = spark.read().parquet(lake.martPartition("dq_results", DEC).toString())
                .where("status = 'fail'").collectAsList();
        assertThat(dq).extracting(r -> r.<String>getAs("check_name"))
                .contains("site_known", "reconcile_manifest(complaints.accepted)");
        assertThat(dq).filteredOn(r -> "site_known".equals(r.getAs("check_name")))
                .singleElement().satisfies(r -> {
                    assertThat(r.<String>getAs("severity")).isEqualTo("error");
                    assertThat(r.<Long>getAs("failing_rows")).isEqualTo(1L);
                    assertThat(r.<String>getAs("sample_keys")).isEqualTo("K9");
                    assertThat(r.<String>getAs("run_id")).isEqualTo("run-dec-1");
                });
        assertThat(decFailure.report().checksFailed()).isEqualTo(2);
    }

    @Test
    void nothingToDoWhenThePeriodHasNoRawData() {
        assertThat(new TransformJob(spark, lake).run(YearMonth.of(2027, 1), "run-x").nothingToDo()).isTrue();
        assertThat(TestSpark.lakeFs().exists(lake.martPartition("dq_results", YearMonth.of(2027, 1)))).isFalse();
    }

    // ---- helpers

    /** Reads once per test class: the lake no longer changes after the runs in {@code @BeforeAll}. */
    private static List<Row> fact(String table, YearMonth period) {
        return READS.computeIfAbsent(table + "/" + period, k -> read(lake.martPartition(table, period)));
    }

    private static List<Row> mart(String table) {
        return READS.computeIfAbsent(table, k -> read(lake.mart(table)));
    }

    private static List<Row> read(org.apache.hadoop.fs.Path dir) {
        return spark.read().parquet(dir.toString()).collectAsList();
    }

    private static <K> Map<K, Row> byKey(List<Row> rows, String column) {
        Map<K, Row> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.<K>getAs(column), r));
        return out;
    }

    private static List<String> strings(List<Row> rows) {
        return rows.stream().map(Row::toString).sorted().toList();
    }

    /** Every dimension and the period's facts as sorted row strings. */
    private static Map<String, List<String>> snapshot(YearMonth period) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        MARTS.forEach(t -> out.put(t, strings(read(lake.mart(t)))));
        FACTS.forEach(t -> out.put(t, strings(read(lake.martPartition(t, period)))));
        return out;
    }

    private static Map<Path, String> files(Path dir) throws IOException {
        Map<Path, String> out = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
                out.put(dir.relativize(p), Files.getLastModifiedTime(p) + ":" + Files.size(p));
            }
        }
        return out;
    }
}
