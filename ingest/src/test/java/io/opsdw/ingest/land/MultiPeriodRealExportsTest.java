package io.opsdw.ingest.land;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.ingest.IngestJob;
import io.opsdw.ingest.IngestOptions;
import io.opsdw.ingest.IngestReport;
import io.opsdw.ingest.IngestRequest;
import io.opsdw.ingest.SourceResult;
import io.opsdw.ingest.testing.CsvCounts;
import io.opsdw.ingest.testing.RealData;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.LandingSchema;
import io.opsdw.lakecontract.manifest.Manifest;
import io.opsdw.lakecontract.manifest.ManifestIO;
import io.opsdw.lakecontract.testing.TestSpark;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real exports spanning many months, each ingested in ONE call without a period: every month the file holds is
 * landed as its own period, and each period's rows (accepted + quarantined, by month and by category) equal an
 * independent count of the CSV by Apache Commons CSV ({@link CsvCounts}). Skipped where ../shared/realdata is absent.
 */
class MultiPeriodRealExportsTest {

    private static final Path REALDATA = RealData.dir();

    @TempDir
    Path tmp;

    private LakeLayout lake;

    private IngestReport ingestAllPeriods(Path file, String mapping) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(file), "real data not present: " + file);
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(file, in.resolve(file.getFileName()));
        lake = new LakeLayout(tmp.resolve("lake"));
        IngestJob job = new IngestJob(TestSpark.get(), lake, IngestOptions.defaults().withMaxQuarantineShare(1.0).withRequireMasters(true));
        return job.run(IngestRequest.spanning(in, Optional.empty(), Optional.of(mapping(mapping)), "multi", false));
    }

    private static Path mapping(String name) throws URISyntaxException {
        return Path.of(MultiPeriodRealExportsTest.class.getClassLoader().getResource("mappings/examples/" + name).toURI());
    }

    @Test
    void cfpbComplaintsLandEveryMonthInOneCall() throws Exception {
        Path csv = REALDATA.resolve("cfpb_complaints_sample/complaints_sample.csv");
        IngestReport report = ingestAllPeriods(csv, "cfpb-complaints.yml");

        Map<String, Long> byMonth = CsvCounts.count(csv, r -> List.of(month(r.get("Date received"))));
        Map<String, Long> byMonthAndProduct = CsvCounts.count(csv, r -> List.of(month(r.get("Date received")) + " | " + r.get("Product").strip()));
        assertThat(byMonth.size()).as("months in the export (2012-2026)").isGreaterThan(12);
        assertThat(byMonth.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1000);

        List<SourceResult> complaints = report.sources().stream().filter(s -> s.source().equals("complaints")).toList();
        assertThat(complaints).extracting(r -> r.period().toString()).containsExactlyElementsOf(byMonth.keySet());
        for (SourceResult r : complaints) {
            String p = r.period().toString();
            assertThat(r.rowsRead()).as("rows read in " + p).isEqualTo(r.accepted() + r.quarantined()).isEqualTo(byMonth.get(p));
            assertThat(r.quarantinedByReason()).as("no row of another month in " + p).doesNotContainKey("OUT_OF_PERIOD");
            Manifest m = ManifestIO.read(TestSpark.lakeFs(), lake.manifest("complaints", r.period()));
            assertThat(m.period()).isEqualTo(p);
            assertThat(m.accepted() + m.quarantined()).as("manifest of " + p).isEqualTo(m.rowsRead()).isEqualTo(byMonth.get(p));
        }
        // the declared regulator site is the snapshot of every month the complaints name
        assertThat(report.sources().stream().filter(s -> s.source().equals("sites")).map(s -> s.period().toString()).toList())
                .containsExactlyElementsOf(byMonth.keySet());

        assertThat(landedByPeriodAnd("complaints", "category", 1)).as("rows by month and Product, from the lake")
                .isEqualTo(byMonthAndProduct);
        assertThat(lakePeriods("complaints")).isEqualTo(byMonth);

        // re-running replaces each period whole: the same counts, nothing counted twice
        IngestJob again = new IngestJob(TestSpark.get(), lake, IngestOptions.defaults().withMaxQuarantineShare(1.0));
        again.run(IngestRequest.spanning(tmp.resolve("in"), Optional.empty(), Optional.of(mapping("cfpb-complaints.yml")), "multi-2", false));
        assertThat(lakePeriods("complaints")).isEqualTo(byMonth);
        assertThat(ManifestIO.read(TestSpark.lakeFs(), lake.manifest("complaints", YearMonth.parse(byMonth.keySet().iterator().next()))).runId())
                .isEqualTo("multi-2");
    }

    @Test
    void laMuseumVisitorsLandEveryMonthInOneCall() throws Exception {
        Path csv = REALDATA.resolve("la_museum_visitors/museum-visitors.csv");
        IngestReport report = ingestAllPeriods(csv, "la-museum-visitors.yml");

        // one row per museum column and month; an empty cell is a row too (quarantined: not reported)
        Map<String, Long> byMonth = CsvCounts.count(csv, r -> r.getParser().getHeaderNames().stream().skip(1)
                .map(h -> month(r.get("Month"))).toList());
        Map<String, Long> reportedBySite = CsvCounts.count(csv, r -> r.getParser().getHeaderNames().stream().skip(1)
                .filter(h -> !r.get(h).isBlank()).map(h -> month(r.get("Month")) + " | " + h.strip()).toList());
        assertThat(byMonth).hasSize(80);

        List<SourceResult> visits = report.sources().stream().filter(s -> s.source().equals("visitor_counts")).toList();
        assertThat(visits).extracting(r -> r.period().toString()).containsExactlyElementsOf(byMonth.keySet());
        for (SourceResult r : visits) {
            assertThat(r.rowsRead()).as("rows of " + r.period()).isEqualTo(r.accepted() + r.quarantined()).isEqualTo(byMonth.get(r.period().toString()));
            assertThat(r.quarantinedByReason()).doesNotContainKey("OUT_OF_PERIOD");
        }
        assertThat(lakePeriods("visitor_counts")).isEqualTo(byMonth);
        assertThat(acceptedByPeriodAnd("visitor_counts", "site_code")).as("reported cells by month and museum").isEqualTo(reportedBySite);
    }

    private static String month(String isoDate) {
        return YearMonth.from(LocalDate.parse(isoDate.substring(0, 10))).toString();
    }

    /** Rows (accepted + quarantined) per period, read back from the lake's partitions. */
    private Map<String, Long> lakePeriods(String source) {
        Map<String, Long> out = new TreeMap<>();
        for (String zone : List.of("raw", "quarantine")) {
            var root = zone.equals("raw") ? lake.rawRoot(source) : lake.quarantineRoot(source);
            TestSpark.get().read().parquet(root.toString()).groupBy("period").count().collectAsList()
                    .forEach(r -> out.merge(r.get(0).toString(), r.getLong(1), Long::sum));
        }
        return out;
    }

    /** Accepted rows per "period | field", from the raw partitions. */
    private Map<String, Long> acceptedByPeriodAnd(String source, String field) {
        Map<String, Long> out = new TreeMap<>();
        var root = lake.rawRoot(source);
        TestSpark.get().read().parquet(root.toString()).groupBy("period", field).count().collectAsList()
                .forEach(r -> out.merge(r.get(0) + " | " + r.getString(1), r.getLong(2), Long::sum));
        return out;
    }

    /**
     * Accepted and quarantined rows per "period | field": accepted rows by the landed field, quarantined ones by the
     * column at {@code rawColumn} of their raw text, split by the independent parser.
     */
    private Map<String, Long> landedByPeriodAnd(String source, String field, int rawColumn) throws Exception {
        Map<String, Long> out = acceptedByPeriodAnd(source, field);
        var root = lake.quarantineRoot(source);
        List<Row> rows = new ArrayList<>(TestSpark.get().read().parquet(root.toString())
                .select("period", LandingSchema.RAW_TEXT).collectAsList());
        for (Row r : rows) {
            out.merge(r.get(0) + " | " + CsvCounts.fields(r.getString(1)).get(rawColumn).strip(), 1L, Long::sum);
        }
        return out;
    }
}
