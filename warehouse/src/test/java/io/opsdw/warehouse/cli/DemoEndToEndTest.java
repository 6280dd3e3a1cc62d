package io.opsdw.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, as a user runs it: one month from sample exports to a Chinese PDF. */
class DemoEndToEndTest {

    @TempDir
    Path out;

    @Test
    void demoBuildsTheLakeTheWarehouseAndAReadableChineseComplaintReport() throws Exception {
        DwCli.Result result = DwCli.run("demo", "--out", out.toString(), "--months", "1");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.summary().path("status").asText()).isEqualTo("ok");
        assertThat(result.out()).contains("ingest ", "transform ", "publish ", "report ", "Reports:", "Warehouse:");
        assertThat(result.err()).as("no library chatter on a normal run").doesNotContain("INFO").doesNotContain("Exception");

        try (var raw = Files.list(out.resolve("lake/raw/complaints/period=2026-10"))) {
            assertThat(raw.filter(p -> p.toString().endsWith(".parquet"))).isNotEmpty();
        }

        Path warehouse = out.resolve("warehouse/opsdw.duckdb");
        long complaints;
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse, readOnly); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            ResultSet rs = st.executeQuery("SELECT table_name FROM duckdb_tables()");
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            assertThat(tables).contains("dim_date", "dim_site", "fact_complaint");
            rs = st.executeQuery("SELECT comment FROM duckdb_tables() WHERE table_name = 'fact_complaint'");
            rs.next();
            assertThat(rs.getString(1)).as("tables are documented for analysts").isNotBlank();
            rs = st.executeQuery("SELECT count(*) FILTER (WHERE comment IS NULL), count(*) FROM duckdb_columns()"
                    + " WHERE table_name LIKE 'fact_%' OR table_name LIKE 'dim_%'");
            rs.next();
            assertThat(rs.getLong(1)).as("undocumented columns of %d", rs.getLong(2)).isZero();
            assertThat(commentsDifferingFromTheDataDictionary(st)).as("table columns whose comment is not their docs/data-dictionary.md text").isEmpty();
            rs = st.executeQuery("SELECT count(*) FROM fact_complaint WHERE period = '2026-10'");
            rs.next();
            complaints = rs.getLong(1);
        }
        assertThat(complaints).isGreaterThan(100);

        Path pdf = out.resolve("reports/2026-10/complaints_2026-10_ALL_zh-CN.pdf");
        assertThat(pdf).exists();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).as("Chinese labels are printed, not dropped for want of a font").contains("投诉");
            assertThat(text).contains("2026-10");
            assertThat(text).contains(String.valueOf(complaints));
        }
    }

    /**
     * Every column of every table of the published file against docs/data-dictionary.md, read as a reader reads it
     * (the markdown's column tables), not through the catalogue that wrote the comments.
     */
    private static List<String> commentsDifferingFromTheDataDictionary(Statement st) throws Exception {
        java.util.Map<String, String> dictionary = new java.util.HashMap<>();
        String table = null;
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("^\\| `(\\w+)` \\| (.*) \\|$");
        for (String line : Files.readAllLines(Path.of("..", "docs", "data-dictionary.md"))) {
            if (line.startsWith("## ")) {
                table = line.substring(3).strip();
            }
            java.util.regex.Matcher m = row.matcher(line);
            if (table != null && m.matches()) {
                dictionary.put(table + "." + m.group(1), m.group(2).replace("\\|", "|"));
            }
        }
        List<String> differing = new ArrayList<>();
        ResultSet rs = st.executeQuery("SELECT c.table_name, c.column_name, c.comment FROM duckdb_columns() c"
                + " JOIN duckdb_tables() t USING (database_name, schema_name, table_name)");
        // the metrics layer's tables (kpi_definitions) are documented in docs/views.md, from the metrics catalogue
        java.util.Set<String> metricsTables = new java.util.HashSet<>();
        io.opsdw.metrics.MetricsCatalog.load().tables().forEach(v -> metricsTables.add(v.name()));
        int columns = 0;
        while (rs.next()) {
            columns++;
            String key = rs.getString(1) + "." + rs.getString(2);
            if (!metricsTables.contains(rs.getString(1)) && !java.util.Objects.equals(rs.getString(3), dictionary.get(key))) {
                differing.add(key + ": '" + rs.getString(3) + "' vs '" + dictionary.get(key) + "'");
            }
        }
        assertThat(columns).isGreaterThan(200);
        return differing;
    }
}
