package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameter binding, template caching and a warehouse without publish_info. */
class WarehouseAccessTest {
    @TempDir
    Path tmp;

    @Test
    void namedParametersAreBoundAndCastsAndCommentsAreLeftAlone() throws Exception {
        Path wh = Fixture.build(tmp);
        try (ReportDatabase w = ReportDatabase.open(wh)) {
            List<Map<String, Object>> rows = w.query(new NamedSql(
                    "SELECT :period::VARCHAR AS p, CAST(:site AS VARCHAR) IS NULL AS no_site, '10:30' AS t -- :ignored\n"),
                    new QueryParameters(YearMonth.of(2026, 10), null).asMap());
            assertThat(rows).containsExactly(Map.of("p", "2026-10", "no_site", true, "t", "10:30"));
            assertThatThrownBy(() -> w.query(new NamedSql("SELECT :nope"), Map.of()))
                    .hasMessageContaining(":nope");
        }
    }

    @Test
    void templatesAreCompiledOncePerJvm() throws Exception {
        Path wh = Fixture.build(tmp);
        ReportService service = new ReportService();
        ReportRequest request = new ReportRequest(wh, YearMonth.of(2026, 10), List.of("complaints"), List.of(), false,
                List.of(Locale.ENGLISH), List.of("pdf"), tmp.resolve("out"), Instant.EPOCH);
        service.render(request);
        int compiled = TemplateCache.size();
        service.render(request);
        new ReportService().render(request);
        assertThat(TemplateCache.size()).isEqualTo(compiled);
    }

    @Test
    void aWarehouseWithoutPublishInfoPrintsADashAsRunId() throws Exception {
        Path wh = Fixture.build(tmp);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + wh);
             java.sql.Statement st = c.createStatement()) {
            st.execute("DROP TABLE publish_info");
        }
        List<Path> files = new ReportService().render(new ReportRequest(wh, YearMonth.of(2026, 10), List.of("consumption"),
                List.of(), false, List.of(Locale.forLanguageTag("zh-CN")), List.of("pdf"), tmp.resolve("out"), Instant.EPOCH));
        assertThat(Pdfs.text(files.get(0))).contains("数据批次 -", "生成时间 1970-01-01 00:00 UTC");
    }
}
