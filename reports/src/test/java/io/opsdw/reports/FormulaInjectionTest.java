package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Customers' free text reaches the XLSX export; a suggestion typed as =HYPERLINK(...), +cmd, -2+3 or @SUM(...) must
 * land as text (prefixed with an apostrophe), never as a formula cell.
 */
class FormulaInjectionTest {

    @TempDir
    Path tmp;

    @Test
    void formulaLikeSuggestionsAreNeutralisedInTheXlsxExport() throws Exception {
        Path warehouse = Fixture.build(tmp);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse); Statement st = c.createStatement()) {
            st.execute("UPDATE fact_callback SET suggestion = CASE rowid % 4 WHEN 0 THEN '=HYPERLINK(\"http://evil\",\"x\")' "
                    + "WHEN 1 THEN '+cmd|calc' WHEN 2 THEN '-2+3' ELSE '@SUM(A1)' END WHERE period = '2026-10'");
        }
        Path out = tmp.resolve("out");
        List<Path> files = new ReportService().render(new ReportRequest(warehouse, YearMonth.of(2026, 10),
                List.of("satisfaction"), List.of(), false, List.of(Locale.ENGLISH), List.of("xlsx"), out,
                Instant.parse("2026-11-23T01:58:00Z")));
        assertThat(files).singleElement();
        String sheets = sheetXml(files.get(0));
        assertThat(sheets).doesNotContain("<f>", "<f ");
        assertThat(sheets).contains("'=HYPERLINK", "'+cmd|calc", "'-2+3", "'@SUM(A1)");
        assertThat(sheets).doesNotContainPattern(">=HYPERLINK|>\\+cmd|>-2\\+3|>@SUM");
    }

    private static String sheetXml(Path xlsx) throws IOException {
        StringBuilder b = new StringBuilder();
        try (ZipFile z = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                if (e.getName().startsWith("xl/worksheets/") || e.getName().equals("xl/sharedStrings.xml")) {
                    try (InputStream in = z.getInputStream(e)) {
                        b.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                                .replace("&apos;", "'").replace("&quot;", "\"").replace("&#39;", "'"));
                    }
                }
            }
        }
        return b.toString();
    }
}
