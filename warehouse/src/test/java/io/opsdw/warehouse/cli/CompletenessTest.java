package io.opsdw.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsdw.generator.GenerateRequest;
import io.opsdw.generator.SampleExportGenerator;
import io.opsdw.lakecontract.LakeLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * dw status and the gate before reports: a complete month, a month without the orders export (only studios must
 * deliver it) and without one site's visitor counts. Rows per site are checked against DuckDB's own count of the raw
 * Parquet, which shares no code with the Spark job dw status runs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompletenessTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir
    static Path dir;
    static Path complete;
    static Path gappy;

    @BeforeAll
    static void exports() throws Exception {
        Path exports = dir.resolve("exports");
        new SampleExportGenerator().generate(new GenerateRequest(OCT, 1, 0.2, 7L, 0.0, exports));
        complete = exports.resolve(OCT.toString());
        gappy = dir.resolve("gappy").resolve(OCT.toString());
        Files.createDirectories(gappy);
        try (Stream<Path> files = Files.list(complete)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("orders")) {
                    continue; // the orders export did not arrive
                }
                if (name.startsWith("visitor_counts")) { // UTF-8, one line per site and day: PM02 sent none
                    List<String> kept = Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("PM02,")).toList();
                    Files.write(gappy.resolve(name), kept, StandardCharsets.UTF_8);
                    continue;
                }
                Files.copy(f, gappy.resolve(name));
            }
        }
    }

    @Test
    @Order(1)
    void aCompleteMonthShowsEverySitesRowsAndExitsZero() throws Exception {
        Path home = dir.resolve("home-complete");
        assertThat(DwCli.run("ingest", "--period", "2026-10", "--input", complete.toString(), "--home", home.toString()).exit()).isZero();

        DwCli.Result table = DwCli.run("status", "--period", "2026-10", "--home", home.toString());
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).contains("Complete: every expected export arrived for 2026-10").contains("ST01").contains("PM02");

        DwCli.Result json = DwCli.run("status", "--period", "2026-10", "--home", home.toString(), "--json");
        assertThat(json.outLines()).hasSize(1);
        JsonNode status = json.summary().path("completeness");
        assertThat(status.path("complete").asBoolean()).isTrue();
        assertThat(status.path("missing")).isEmpty();
        assertThat(status.path("sites")).hasSize(7);
        for (String source : List.of("complaints", "callbacks", "visitor_counts", "inventory_movements", "orders")) {
            assertThat(rowsPerSite(status, source)).as(source).isEqualTo(duckDbRowsPerSite(home, source));
        }
        // a sales centre delivers no studio orders, and is not expected to
        JsonNode sc01Orders = siteSource(status, "SC01", "orders");
        assertThat(sc01Orders.path("expected").asBoolean()).isFalse();
        assertThat(sc01Orders.path("status").asText()).isEqualTo("-");
        // complaints are one company-wide export that must arrive; a site without complaints is good news, not a gap
        assertThat(siteSource(status, "PM01", "complaints").path("expected").asBoolean()).isFalse();
        JsonNode complaints = source(status, "complaints");
        assertThat(complaints.path("arrived").asBoolean()).isTrue();
        assertThat(complaints.path("rows_read").asLong()).isEqualTo(complaints.path("accepted").asLong() + complaints.path("quarantined").asLong());
    }

    @Test
    @Order(2)
    void aMissingSourceAndAMissingSiteAreListedAndExitSixtyFive() throws Exception {
        Path home = dir.resolve("home-gappy");
        assertThat(DwCli.run("ingest", "--period", "2026-10", "--input", gappy.toString(), "--home", home.toString()).exit()).isZero();

        DwCli.Result table = DwCli.run("status", "--period", "2026-10", "--home", home.toString());
        assertThat(table.exit()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(table.out()).contains("MISSING").contains("2026-10 is incomplete: visitor_counts missing for PM02; orders missing for ST01, ST02");
        assertThat(table.err().strip().lines()).hasSize(1).first().asString().startsWith("dw: 2026-10 is incomplete");

        JsonNode status = DwCli.run("status", "--period", "2026-10", "--home", home.toString(), "--json").summary();
        assertThat(status.path("status").asText()).isEqualTo("incomplete");
        assertThat(status.path("retryable").asBoolean()).isFalse();
        assertThat(status.path("missing")).extracting(g -> g.path("site").asText() + "/" + g.path("source").asText())
                .containsExactlyInAnyOrder("ST01/orders", "ST02/orders", "PM02/visitor_counts");
        JsonNode report = status.path("completeness");
        assertThat(source(report, "orders").path("arrived").asBoolean()).isFalse();
        assertThat(siteSource(report, "PM02", "visitor_counts").path("status").asText()).isEqualTo("missing");
        assertThat(siteSource(report, "PM01", "visitor_counts").path("rows").asLong()).isEqualTo(31);
        assertThat(rowsPerSite(report, "visitor_counts")).isEqualTo(duckDbRowsPerSite(home, "visitor_counts"));
    }

    @Test
    @Order(3)
    void theGateHoldsAnIncompleteMonthsReportsBackAndAllowPartialPrintsTheBanner() throws Exception {
        Path home = dir.resolve("home-gappy");
        assertThat(DwCli.run("transform", "--period", "2026-10", "--home", home.toString()).exit()).isZero();
        assertThat(DwCli.run("publish", "--period", "2026-10", "--home", home.toString()).exit()).isZero();
        Path reports = new LakeLayout(home).reports(OCT);

        DwCli.Result held = DwCli.run("report", "--period", "2026-10", "--home", home.toString(), "--report", "operations", "--locale", "zh-CN");
        assertThat(held.exit()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(held.err().strip().lines()).hasSize(1).first().asString()
                .contains("orders missing for ST01, ST02").contains("reports not rendered or delivered").contains("--allow-partial");
        assertThat(reports).doesNotExist();

        // a sales centre's own report does not wait for the studios' orders
        DwCli.Result sc01 = DwCli.run("report", "--period", "2026-10", "--home", home.toString(), "--report", "operations",
                "--locale", "zh-CN", "--site", "SC01");
        assertThat(sc01.exit()).as(sc01.err()).isZero();
        assertThat(sc01.summary().path("partial_data").asBoolean()).isFalse();

        DwCli.Result partial = DwCli.run("report", "--period", "2026-10", "--home", home.toString(), "--report", "operations",
                "--locale", "zh-CN", "--allow-partial");
        assertThat(partial.exit()).as(partial.err()).isZero();
        assertThat(partial.summary().path("partial_data").asBoolean()).isTrue();
        assertThat(partial.out()).contains("partial data: 2026-10 is incomplete");
        String all = firstPage(reports.resolve("operations_2026-10_ALL_zh-CN.pdf"));
        assertThat(all).contains("部分数据").contains("(ST01)").contains("(PM02)");
        assertThat(firstPage(reports.resolve("operations_2026-10_PM02_zh-CN.pdf"))).contains("部分数据");
        assertThat(firstPage(reports.resolve("operations_2026-10_PM01_zh-CN.pdf"))).doesNotContain("部分数据");
    }

    private static Map<String, Long> rowsPerSite(JsonNode status, String source) {
        Map<String, Long> rows = new TreeMap<>();
        for (JsonNode site : status.path("sites")) {
            long n = siteSource(status, site.path("site_code").asText(), source).path("rows").asLong();
            if (n > 0) {
                rows.put(site.path("site_code").asText(), n);
            }
        }
        return rows;
    }

    private static Map<String, Long> duckDbRowsPerSite(Path home, String source) throws Exception {
        Path raw = LakeLayout.localPath(new LakeLayout(home).raw(source, OCT));
        Map<String, Long> rows = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery("SELECT site_code, count(*) FROM read_parquet('" + raw + "/*.parquet') GROUP BY 1")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getLong(2));
            }
        }
        return rows;
    }

    private static JsonNode siteSource(JsonNode status, String site, String source) {
        for (JsonNode s : status.path("sites")) {
            if (s.path("site_code").asText().equals(site)) {
                for (JsonNode src : s.path("sources")) {
                    if (src.path("source").asText().equals(source)) {
                        return src;
                    }
                }
            }
        }
        throw new AssertionError("no " + source + " for " + site + " in " + status);
    }

    private static JsonNode source(JsonNode status, String source) {
        for (JsonNode s : status.path("sources")) {
            if (s.path("source").asText().equals(source)) {
                return s;
            }
        }
        throw new AssertionError("no source " + source + " in " + status);
    }

    private static String firstPage(Path pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return stripper.getText(doc).replaceAll("\\s+", "");
        }
    }
}
