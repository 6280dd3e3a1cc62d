package io.opsdw.ingest.land;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.ingest.IngestJob;
import io.opsdw.ingest.IngestReport;
import io.opsdw.ingest.IngestOptions;
import io.opsdw.ingest.IngestRequest;
import io.opsdw.ingest.SourceResult;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.manifest.Manifest;
import io.opsdw.lakecontract.manifest.ManifestIO;
import io.opsdw.ingest.testing.Fixtures;
import io.opsdw.lakecontract.testing.TestSpark;
import io.opsdw.lakecontract.quarantine.ReasonCode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One month with a row for every reason code (fixtures/reasons), ingested once and inspected per row. */
class ReasonCodesTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir
    static Path tmp;
    static LakeLayout lake;
    static IngestReport report;

    @BeforeAll
    static void ingest() {
        lake = new LakeLayout(tmp.resolve("lake"));
        Path in = Fixtures.copy("reasons", tmp.resolve("in"));
        // one row per reason: most of the fixture is quarantined on purpose
        report = new IngestJob(TestSpark.get(), lake, IngestOptions.defaults().withMaxQuarantineShare(1.0))
                .run(new IngestRequest(OCT, in, Optional.empty(), Optional.empty(), "reasons-run"));
    }

    private static Map<String, String> reasonByFileLine(String source) {
        Map<String, String> out = new HashMap<>();
        for (Row r : TestSpark.get().read().parquet(lake.quarantine(source, OCT).toString()).collectAsList()) {
            out.put(r.<String>getAs("_source_file") + ":" + r.<Long>getAs("_source_line"), r.getAs("reason_code"));
        }
        return out;
    }

    private static SourceResult result(String source) {
        return report.sources().stream().filter(s -> s.source().equals(source)).findFirst().orElseThrow();
    }

    @Test
    void everyRowIsAcceptedOrQuarantinedWithTheFirstFailingReason() {
        Map<String, String> q = reasonByFileLine("complaints");
        String f = "complaints_2026-10.csv:";
        assertThat(q).containsEntry(f + 3, "MALFORMED_ROW")
                .containsEntry(f + 4, "MISSING_REQUIRED")
                .containsEntry(f + 5, "BAD_DATE")
                .containsEntry(f + 6, "BAD_NUMBER")
                .containsEntry(f + 7, "UNKNOWN_CODE")
                .containsEntry(f + 8, "TOO_LONG")
                .containsEntry(f + 9, "NEGATIVE_VALUE")
                .containsEntry(f + 10, "OUT_OF_RANGE")
                .containsEntry(f + 11, "INCONSISTENT_DATES")
                .containsEntry(f + 12, "OUT_OF_PERIOD")
                .containsEntry(f + 13, "UNKNOWN_REFERENCE")
                .containsEntry(f + 14, "DUPLICATE_KEY")
                .containsEntry(f + 15, "MISSING_REQUIRED")
                .containsEntry(f + 17, "UNKNOWN_REFERENCE")
                .containsEntry(f + 18, "BAD_IDENTIFIER")
                .containsEntry(f + 19, "REPEATED_HEADER")
                .containsEntry("complaints_2026-10_part2.csv:2", "DUPLICATE_KEY")
                .containsEntry("complaints_2026-10_part3.xlsx:2", "BAD_CELL")
                .hasSize(18);
        assertThat(reasonByFileLine("orders")).containsOnly(Map.entry("orders_2026-10.csv:3", "BAD_BOOLEAN"));

        SourceResult c = result("complaints");
        assertThat(c.rowsRead()).isEqualTo(22).isEqualTo(c.accepted() + c.quarantined()).isEqualTo(c.rowsCounted());
        assertThat(c.accepted()).isEqualTo(4);
        assertThat(c.files()).isEqualTo(3);
        SourceResult o = result("orders");
        assertThat(o.rowsRead()).isEqualTo(o.accepted() + o.quarantined()).isEqualTo(2);

        List<String> covered = report.sources().stream().flatMap(s -> s.quarantinedByReason().keySet().stream()).toList();
        assertThat(covered).containsAll(Arrays.stream(ReasonCode.values()).map(Enum::name).toList());
    }

    @Test
    void acceptedRowsAreTypedAndCarryLineage() {
        List<Row> rows = TestSpark.get().read().parquet(lake.raw("complaints", OCT).toString())
                .orderBy("complaint_id").collectAsList();
        assertThat(rows).extracting(r -> r.<String>getAs("complaint_id")).containsExactly("C001", "C014", "C015", "C018");
        Row c014 = rows.get(1);
        assertThat(c014.<Object>getAs("received_at").toString()).isEqualTo("2026-10-06T09:05");
        assertThat(c014.<String>getAs("channel")).isEqualTo("walk_in");
        assertThat(c014.<Object>getAs("compensation_amount").toString()).isEqualTo("1200.50");
        assertThat(rows.get(0).<String>getAs("_source_file")).isEqualTo("complaints_2026-10.csv");
        assertThat(rows.get(0).<Long>getAs("_source_line")).isEqualTo(2L);
        assertThat(TestSpark.get().read().parquet(lake.raw("complaints", OCT).toString()).columns())
                .startsWith("complaint_id", "site_code", "received_at").endsWith("_source_file", "_source_line");
    }

    @Test
    void everyQuarantinedRowCarriesItsFieldAndADetail() {
        for (String source : List.of("complaints", "orders")) {
            List<Row> rows = TestSpark.get().read().parquet(lake.quarantine(source, OCT).toString()).collectAsList();
            assertThat(rows).isNotEmpty().allSatisfy(r -> {
                assertThat(r.<String>getAs("reason_field")).as(r.toString()).isNotBlank();
                assertThat(r.<String>getAs("reason_detail")).as(r.toString()).isNotBlank();
            });
        }
        Row unknownSite = TestSpark.get().read().parquet(lake.quarantine("complaints", OCT).toString())
                .filter("reason_code = 'UNKNOWN_REFERENCE' AND _source_line = 13").first();
        assertThat(unknownSite.<String>getAs("reason_field")).isEqualTo("site_code");
        assertThat(unknownSite.<String>getAs("reason_detail")).isEqualTo("site_code 'S99' is not in sites for 2026-10");
        Row cell = TestSpark.get().read().parquet(lake.quarantine("complaints", OCT).toString())
                .filter("reason_code = 'BAD_CELL'").first();
        assertThat(cell.<String>getAs("reason_field")).isEqualTo("compensation_amount");
        assertThat(cell.<String>getAs("reason_detail")).contains("a formula =X2*2 without a calculated value");
    }

    @Test
    void quarantineKeepsTheRawTextAndADetail() {
        Row dup = TestSpark.get().read().parquet(lake.quarantine("complaints", OCT).toString())
                .filter("_source_file = 'complaints_2026-10_part2.csv'").first();
        assertThat(dup.<String>getAs("raw_text")).startsWith("C001,S01,2026-10-08 10:00:00");
        assertThat(dup.<String>getAs("reason_detail")).contains("complaints_2026-10.csv:2");
        assertThat(dup.<String>getAs("reason_field")).isEqualTo("complaint_id");
    }

    @Test
    void manifestAccountsForEveryRowAndFile() {
        Manifest m = ManifestIO.read(TestSpark.lakeFs(), lake.manifest("complaints", OCT));
        assertThat(m.runId()).isEqualTo("reasons-run");
        assertThat(m.rowsRead()).isEqualTo(m.accepted() + m.quarantined());
        assertThat(m.files()).hasSize(3).allSatisfy(f -> {
            assertThat(f.sha256()).hasSize(64);
            assertThat(f.encoding()).isEqualTo(f.name().endsWith(".xlsx") ? "xlsx" : "UTF-8");
            assertThat(f.rowsRead()).isEqualTo(f.accepted() + f.quarantined()).isEqualTo(f.rowsCounted());
        });
        assertThat(m.quarantinedByReason().values().stream().collect(Collectors.summingLong(Long::longValue)))
                .isEqualTo(m.quarantined());
        assertThat(m.warnings()).isEmpty();
    }
}
