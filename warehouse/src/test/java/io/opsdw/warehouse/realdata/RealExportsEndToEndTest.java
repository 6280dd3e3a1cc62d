package io.opsdw.warehouse.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.ingest.testing.CsvCounts;
import io.opsdw.ingest.testing.RealData;
import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.manifest.Manifest;
import io.opsdw.lakecontract.manifest.ManifestIO;
import io.opsdw.warehouse.cli.DwCli;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each of the four real public exports in ../shared/realdata (not written here), through its shipped example mapping
 * and the dw command line only, to a published warehouse and a rendered report: what the published facts hold per
 * month and per category equals a count of the CSV by Apache Commons CSV (a parser the ingest does not use), and a
 * figure of the printed report equals that count. The home is told which exports make its month complete
 * ({@code dw.completeness.company}): such a customer delivers one export, not the seeds' ten. Exports spanning months
 * go in with {@code dw ingest --all-periods} (every month checked) and are reported with {@code dw backfill
 * --from-lake}. Skipped where the real data is absent.
 */
class RealExportsEndToEndTest {

    private static final Path REALDATA = RealData.dir();

    @TempDir
    Path tmp;

    @Test
    void cfpbComplaintsSpanningMonthsToTheComplaintReport() throws Exception {
        Path csv = real("cfpb_complaints_sample/complaints_sample.csv");
        Path home = tmp.resolve("cfpb");
        DwCli.Result ingest = ingestAllPeriods(home, csv, "cfpb-complaints.yml");

        // every month of the file landed in its own period, each with the file's rows of that month
        Map<String, Long> byMonth = CsvCounts.count(csv, r -> List.of(r.get("Date received").substring(0, 7)));
        assertThat(byMonth).hasSizeGreaterThan(12);
        List<String> landed = new ArrayList<>();
        ingest.summary().path("periods").forEach(p -> landed.add(p.asText()));
        assertThat(landed).containsExactlyElementsOf(byMonth.keySet());
        for (Map.Entry<String, Long> month : byMonth.entrySet()) {
            Manifest m = manifest(home, "complaints", YearMonth.parse(month.getKey()));
            assertThat(m.rowsRead()).as("rows of " + month.getKey()).isEqualTo(m.accepted() + m.quarantined()).isEqualTo(month.getValue());
            assertThat(m.quarantinedByReason()).as(month.getKey()).doesNotContainKey("OUT_OF_PERIOD");
        }

        reportFromLake(home, "2026-01", "complaints", "en,zh-CN", "sites,complaints");

        Map<String, Long> byProduct = CsvCounts.count(csv, r -> r.get("Date received").startsWith("2026-01")
                ? List.of(r.get("Product").strip()) : List.of());
        Map<String, Long> closed = CsvCounts.count(csv, r -> r.get("Date received").startsWith("2026-01")
                && r.get("Company response to consumer").startsWith("Closed") ? List.of("closed") : List.of());
        assertThat(published(home, "SELECT category_name, count(*) FROM fact_complaint WHERE period = '2026-01' GROUP BY 1"))
                .isEqualTo(byProduct);
        long received = byMonth.get("2026-01");
        String en = pdf(home, "2026-01", "complaints_2026-01_ALL_en.pdf");
        assertThat(en).contains("Complaints received " + received + " ", "Closed " + closed.get("closed") + " ");
        // CFPB records no resolution time: the same-day rule is not recorded, not 0 %
        assertThat(line(en, "Resolved the same day .*")).contains("Not recorded");
        String zh = pdf(home, "2026-01", "complaints_2026-01_ALL_zh-CN.pdf");
        assertThat(zh).contains("网上表单", "美国消费者金融保护局");
    }

    @Test
    void uciOnlineRetailMonthToTheConsumptionReport() throws Exception {
        Path csv = real("uci_online_retail_sample/online_retail_sample.csv");
        Path home = tmp.resolve("uci");
        DwCli.Result run = dw("run", "--period", "2010-12", "--home", home.toString(), "--input", input(csv).toString(),
                "--mapping", mapping("uci-online-retail.yml"), "--report", "consumption", "--locale", "en",
                "--dw.completeness.company=sites,inventory_movements");
        assertThat(run.exit()).as(run.out() + run.err()).isZero();

        // an invoice line is a stock issue; cancellations (negative quantities) and exact copies of a line do not land
        Set<String> seen = new HashSet<>();
        Map<String, Long> issuesByDay = CsvCounts.count(csv, r -> new BigDecimal(r.get("Quantity")).signum() >= 0
                && seen.add(String.join("\u0001", r.toList())) ? List.of(r.get("InvoiceDate").substring(0, 10)) : List.of());
        assertThat(published(home, "SELECT strftime(moved_at, '%Y-%m-%d'), count(*) FROM fact_inventory_movement "
                + "WHERE period = '2010-12' GROUP BY 1")).isEqualTo(issuesByDay);
        long issues = issuesByDay.values().stream().mapToLong(Long::longValue).sum();
        String en = pdf(home, "2010-12", "consumption_2010-12_ALL_en.pdf");
        assertThat(line(en, "Issue [\\d,]+ .*")).startsWith("Issue " + String.format(Locale.ROOT, "%,d", issues) + " ");
        // the export carries no unit costs (there is no items master): its costs are not recorded, not CNY 0.00
        assertThat(en).contains("Consumption cost").doesNotContain("CNY 0.00");
    }

    @Test
    void laMuseumVisitorsWideLayoutToTheOperationsReport() throws Exception {
        Path csv = real("la_museum_visitors/museum-visitors.csv");
        Path home = tmp.resolve("la");
        ingestAllPeriods(home, csv, "la-museum-visitors.yml");
        // one row per month, unpivoted into a cell per museum: every month lands with all of its cells
        Map<String, Long> cellsByMonth = CsvCounts.count(csv, r -> {
            List<String> cells = new ArrayList<>();
            for (int i = 1; i < r.size(); i++) {
                cells.add(r.get(0).substring(0, 7));
            }
            return cells;
        });
        for (Map.Entry<String, Long> month : cellsByMonth.entrySet()) {
            Manifest m = manifest(home, "visitor_counts", YearMonth.parse(month.getKey()));
            assertThat(m.rowsRead()).as("cells of " + month.getKey()).isEqualTo(month.getValue());
        }

        reportFromLake(home, "2015-07", "operations", "en", "sites,visitor_counts");

        Map<String, Long> visitsByMuseum = new TreeMap<>();
        List<String> header = new ArrayList<>();
        CsvCounts.count(csv, r -> {
            if (header.isEmpty()) {
                header.addAll(r.getParser().getHeaderNames());
            }
            if (r.get(0).startsWith("2015-07")) {
                for (int i = 1; i < r.size(); i++) {
                    if (!r.get(i).isBlank()) {
                        // the warehouse's form of a code: upper case (sources.md, identifiers)
                        visitsByMuseum.put(header.get(i).strip().toUpperCase(Locale.ROOT), Long.parseLong(r.get(i)));
                    }
                }
            }
            return List.of();
        });
        assertThat(visitsByMuseum).hasSizeGreaterThan(3);
        assertThat(published(home, "SELECT s.site_code, sum(f.visits)::BIGINT FROM fact_daily_traffic f JOIN dim_site s USING (site_key) "
                + "WHERE f.period = '2015-07' GROUP BY 1")).isEqualTo(visitsByMuseum);
        long total = visitsByMuseum.values().stream().mapToLong(Long::longValue).sum();
        String en = pdf(home, "2015-07", "operations_2015-07_ALL_en.pdf");
        assertThat(en).contains(String.format(Locale.ROOT, "%,d", total));
        // the export records visitors only: calls, first visits, sample-room and VIP counts are not recorded (—), not 0
        assertThat(line(en, "Pico House .*")).matches("Pico House — " + String.format(Locale.ROOT, "%,d", visitsByMuseum.get("PICO HOUSE"))
                + " — — — .*");
    }

    @Test
    void usaidShipmentsToTheConsumptionReport() throws Exception {
        Path csv = real("usaid_scms_shipments/SCMS_Delivery_History_Dataset.csv");
        Path home = tmp.resolve("scms");
        ingestAllPeriods(home, csv, "usaid-scms-shipments.yml");
        reportFromLake(home, "2014-08", "consumption", "en", "sites,inventory_movements");

        // August 2014's deliveries within the contract's quantity limit, by how they were fulfilled and by country
        DateTimeFormatter dMonYy = DateTimeFormatter.ofPattern("d-MMM-yy", Locale.ENGLISH);
        Map<String, Long> byFulfilment = CsvCounts.count(csv, r -> august2014(r.get("Delivered to Client Date"), dMonYy)
                && Long.parseLong(r.get("Line Item Quantity")) <= 100_000 ? List.of(r.get("Fulfill Via")) : List.of());
        Map<String, Long> byCountry = CsvCounts.count(csv, r -> august2014(r.get("Delivered to Client Date"), dMonYy)
                && Long.parseLong(r.get("Line Item Quantity")) <= 100_000 ? List.of(r.get("Country").toUpperCase(Locale.ROOT)) : List.of());
        assertThat(published(home, "SELECT s.site_code, count(*) FROM fact_inventory_movement f JOIN dim_site s USING (site_key) "
                + "WHERE f.period = '2014-08' GROUP BY 1")).isEqualTo(byCountry);
        String en = pdf(home, "2014-08", "consumption_2014-08_ALL_en.pdf");
        assertThat(line(en, "Issue [\\d,]+ .*")).startsWith("Issue " + String.format(Locale.ROOT, "%,d", byFulfilment.get("From RDC")) + " ");
        assertThat(line(en, "Receipt [\\d,]+ .*")).startsWith("Receipt " + String.format(Locale.ROOT, "%,d", byFulfilment.get("Direct Drop")) + " ");
    }

    /** The file spells dates 2-Jun-06 or 6/2/06 (its README); anything else ("Date Not Captured") is no date. */
    /** dw ingest --all-periods of the file, through its shipped example mapping. */
    private DwCli.Result ingestAllPeriods(Path home, Path csv, String mapping) throws Exception {
        DwCli.Result ingest = dw("ingest", "--all-periods", "--home", home.toString(), "--input", input(csv).toString(),
                "--mapping", mapping(mapping));
        assertThat(ingest.exit()).as(ingest.out() + ingest.err()).isZero();
        return ingest;
    }

    /** dw backfill --from-lake of one month, rendering one report; {@code expected}: the exports a complete month holds. */
    private static void reportFromLake(Path home, String month, String report, String locales, String expected) {
        DwCli.Result r = dw("backfill", "--from", month, "--to", month, "--from-lake", "--home", home.toString(),
                "--report", report, "--locale", locales, "--dw.completeness.company=" + expected);
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
    }

    private static boolean august2014(String date, DateTimeFormatter dMonYy) {
        for (DateTimeFormatter f : List.of(dMonYy, DateTimeFormatter.ofPattern("M/d/yy", Locale.ENGLISH))) {
            try {
                return YearMonth.from(LocalDate.parse(date, f)).equals(YearMonth.of(2014, 8));
            } catch (java.time.format.DateTimeParseException notThisSpelling) {
                // the next spelling
            }
        }
        return false;
    }

    private static Path real(String relative) {
        Path file = REALDATA.resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "real data not present: " + file);
        return file;
    }

    private Path input(Path csv) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in-" + csv.getParent().getFileName()));
        Files.copy(csv, dir.resolve(csv.getFileName()));
        return dir;
    }

    /** The shipped example, copied out of the ingest jar as a user copies it from the repository. */
    private String mapping(String name) throws Exception {
        Path file = Files.createDirectories(tmp.resolve("mappings")).resolve(name);
        try (var in = RealExportsEndToEndTest.class.getClassLoader().getResourceAsStream("mappings/examples/" + name)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file.toString();
    }

    private static DwCli.Result dw(String... args) {
        return DwCli.run(args);
    }

    private static Manifest manifest(Path home, String source, YearMonth period) {
        return ManifestIO.read(LakeFs.local(), new LakeLayout(home).manifest(source, period));
    }

    /** key -> count of a two-column query over the published file, opened read-only as an analyst opens it. */
    private static Map<String, Long> published(Path home, String sql) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + home.resolve("warehouse/opsdw.duckdb"), readOnly);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static String pdf(Path home, String period, String name) throws Exception {
        try (PDDocument doc = Loader.loadPDF(home.resolve("reports").resolve(period).resolve(name).toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The first line of the printed text matching {@code regex}. */
    private static String line(String text, String regex) {
        return text.lines().map(String::strip).filter(l -> l.matches(regex)).findFirst()
                .orElseThrow(() -> new AssertionError("no line matching '" + regex + "' in:\n" + text));
    }
}
