package io.opsdw.ingest.land;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.ingest.IngestJob;
import io.opsdw.ingest.IngestOptions;
import io.opsdw.ingest.IngestRequest;
import io.opsdw.ingest.SourceResult;
import io.opsdw.ingest.testing.RealData;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.manifest.ManifestIO;
import io.opsdw.lakecontract.testing.TestSpark;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four real public exports in ../shared/realdata (beside the repository; -Dopsdw.realdata=DIR elsewhere), each
 * through its shipped example mapping: every row (or unpivoted cell) read is accepted or quarantined, and the counts
 * match what the file holds. Skipped, with a message, where the real data is absent.
 */
class RealExportsTest {

    private static final Path REALDATA = RealData.dir();

    @TempDir
    Path tmp;

    private SourceResult ingest(String relativeFile, String mapping, YearMonth period) throws Exception {
        Path file = REALDATA.resolve(relativeFile);
        Assumptions.assumeTrue(Files.isRegularFile(file), "real data not present: " + file);
        Path dir = Files.createDirectories(tmp.resolve("in").resolve(period.toString()));
        Files.copy(file, dir.resolve(file.getFileName()));
        LakeLayout lake = new LakeLayout(tmp.resolve("lake"));
        // the real exports are taken as they are: the museums' wide layout leaves most cells empty (MISSING_REQUIRED)
        IngestJob job = new IngestJob(TestSpark.get(), lake, IngestOptions.defaults().withMaxQuarantineShare(1.0).withRequireMasters(true));
        var report = job.run(new IngestRequest(period, tmp.resolve("in"), Optional.empty(), Optional.of(mapping(mapping)), "real"));
        // the example's declared sites land first, then the export itself
        assertThat(report.sources()).extracting(SourceResult::source).first().isEqualTo("sites");
        assertThat(report.sources()).hasSize(2);
        assertThat(report.sources().get(0).quarantined()).as("declared sites").isZero();
        SourceResult r = report.sources().get(1);
        assertThat(r.rowsRead()).isEqualTo(r.accepted() + r.quarantined());
        var m = ManifestIO.read(TestSpark.lakeFs(), lake.manifest(r.source(), period));
        assertThat(m.rowsRead()).isEqualTo(r.rowsRead());
        assertThat(r.rowsCounted()).as("records by the independent count").isPositive();
        return r;
    }

    private static Path mapping(String name) throws URISyntaxException {
        return Path.of(RealExportsTest.class.getClassLoader().getResource("mappings/examples/" + name).toURI());
    }

    @Test
    void cfpbComplaints() throws Exception {
        SourceResult r = ingest("cfpb_complaints_sample/complaints_sample.csv", "cfpb-complaints.yml", YearMonth.of(2026, 1));
        assertThat(r.source()).isEqualTo("complaints");
        assertThat(r.rowsRead()).isEqualTo(1000);
        assertThat(r.rowsCounted()).as("data rows per shared/realdata/README.md").isEqualTo(1000);
        assertThat(r.accepted()).isEqualTo(47);
        assertThat(r.quarantinedByReason()).containsOnlyKeys("OUT_OF_PERIOD").containsEntry("OUT_OF_PERIOD", 953L);
    }

    @Test
    void uciOnlineRetailAsStockIssues() throws Exception {
        SourceResult r = ingest("uci_online_retail_sample/online_retail_sample.csv", "uci-online-retail.yml", YearMonth.of(2010, 12));
        assertThat(r.source()).isEqualTo("inventory_movements");
        assertThat(r.rowsRead()).isEqualTo(8000);
        assertThat(r.rowsCounted()).as("data rows per shared/realdata/README.md").isEqualTo(8000);
        // independent of the ingest's parser: the file has one record per line, so an exact copy is a repeated line
        List<String> lines = Files.readAllLines(REALDATA.resolve("uci_online_retail_sample/online_retail_sample.csv"));
        Set<String> seen = new HashSet<>();
        long exactCopies = lines.stream().skip(1).filter(l -> !seen.add(l)).count();
        assertThat(exactCopies).as("exact duplicate lines per shared/realdata/README.md").isEqualTo(114);
        // only exact copies are duplicates; the same stock code twice on an invoice at another quantity is a real line
        assertThat(r.quarantinedByReason()).containsOnly(Map.entry("NEGATIVE_VALUE", 119L), Map.entry("DUPLICATE_KEY", exactCopies));
        assertThat(r.accepted()).isEqualTo(8000 - 119 - exactCopies);
        var manifest = ManifestIO.read(TestSpark.lakeFs(), new LakeLayout(tmp.resolve("lake")).manifest(r.source(), YearMonth.of(2010, 12)));
        assertThat(manifest.unknownColumns()).as("columns read by the movement_id template are used").isEmpty();
    }

    @Test
    void laMuseumVisitorsUnpivoted() throws Exception {
        SourceResult r = ingest("la_museum_visitors/museum-visitors.csv", "la-museum-visitors.yml", YearMonth.of(2015, 7));
        assertThat(r.source()).isEqualTo("visitor_counts");
        assertThat(r.rowsRead()).isEqualTo(80 * 11);
        assertThat(r.rowsCounted()).as("records: one per month, each unpivoted into 11 rows").isEqualTo(80);
        assertThat(r.accepted()).isEqualTo(7);
        assertThat(r.quarantinedByReason()).containsOnlyKeys("MISSING_REQUIRED", "OUT_OF_PERIOD");
        var rows = TestSpark.get().read().parquet(r.rawDir().toString()).collectAsList();
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.<String>getAs("site_code")).isEqualTo("Pico House");
            assertThat(row.<Integer>getAs("visits")).isEqualTo(4225);
            assertThat(row.getAs("visit_date").toString()).isEqualTo("2015-07-01");
            assertThat(row.<Object>getAs("calls")).isNull();
        });
    }

    @Test
    void usaidScmsShipments() throws Exception {
        SourceResult r = ingest("usaid_scms_shipments/SCMS_Delivery_History_Dataset.csv", "usaid-scms-shipments.yml",
                YearMonth.of(2014, 8));
        assertThat(r.source()).isEqualTo("inventory_movements");
        assertThat(r.rowsRead()).isEqualTo(10324);
        assertThat(r.rowsCounted()).as("data rows per shared/realdata/README.md").isEqualTo(10324);
        assertThat(r.accepted()).isEqualTo(232);
        // August's four shipments over the contract's maximum; another month's row is OUT_OF_PERIOD whatever else is wrong
        // with it (its own month judges it), so the other 398 oversized lines do not count against August
        assertThat(r.quarantinedByReason()).containsEntry("OUT_OF_RANGE", 4L).containsOnlyKeys("OUT_OF_RANGE", "OUT_OF_PERIOD");
    }
}
