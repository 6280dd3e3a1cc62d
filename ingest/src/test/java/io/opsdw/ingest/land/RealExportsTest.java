package io.opsdw.ingest.land;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.ingest.IngestJob;
import io.opsdw.ingest.IngestOptions;
import io.opsdw.ingest.IngestRequest;
import io.opsdw.ingest.SourceResult;
import io.opsdw.lake.LakeLayout;
import io.opsdw.lake.manifest.ManifestIO;
import io.opsdw.lake.testing.TestSpark;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four real public exports under /work/shared/realdata, each through its shipped example mapping: every row
 * (or unpivoted cell) read is accepted or quarantined, and the counts match what the file holds.
 */
class RealExportsTest {

    private static final Path REALDATA = Path.of(System.getProperty("opsdw.realdata", "/work/shared/realdata"));

    @TempDir
    Path tmp;

    private SourceResult ingest(String relativeFile, String mapping, YearMonth period) throws Exception {
        Path file = REALDATA.resolve(relativeFile);
        Assumptions.assumeTrue(Files.isRegularFile(file), "real data not present: " + file);
        Path dir = Files.createDirectories(tmp.resolve("in").resolve(period.toString()));
        Files.copy(file, dir.resolve(file.getFileName()));
        LakeLayout lake = new LakeLayout(tmp.resolve("lake"));
        // the real exports are taken as they are: the museums' wide layout leaves most cells empty (MISSING_REQUIRED)
        IngestJob job = new IngestJob(TestSpark.get(), lake, IngestOptions.defaults().withMaxQuarantineShare(1.0));
        var report = job.run(new IngestRequest(period, tmp.resolve("in"), Optional.empty(), Optional.of(mapping(mapping)), "real"));
        assertThat(report.sources()).hasSize(1);
        SourceResult r = report.sources().get(0);
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
        assertThat(r.quarantinedByReason()).containsEntry("NEGATIVE_VALUE", 119L).containsEntry("DUPLICATE_KEY", 215L);
        assertThat(r.accepted()).isEqualTo(7666);
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
        assertThat(r.quarantinedByReason()).containsEntry("OUT_OF_RANGE", 402L).containsOnlyKeys("OUT_OF_RANGE", "OUT_OF_PERIOD");
    }
}
