package io.opsdw.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/views.md and the KPI table of reports/README.md are the catalogue's current text. */
class MetricsDocsTest {

    /** Surefire runs in the module folder; the repository root is one level up. */
    private static final Path ROOT = Path.of("..");

    @Test
    void committedDocsAreUpToDate() throws IOException {
        if (System.getenv("OPSDW_UPDATE_DOCS") != null) {
            MetricsDocs.main(new String[] {ROOT.toString()});
        }
        MetricsCatalog catalog = MetricsCatalog.load();
        String stale = "stale: run io.opsdw.metrics.MetricsDocs (or this test with OPSDW_UPDATE_DOCS=1) and commit";
        assertThat(Files.readString(ROOT.resolve("docs/views.md"), StandardCharsets.UTF_8)).as("docs/views.md " + stale)
                .isEqualTo(MetricsDocs.views(catalog));
        String readme = Files.readString(ROOT.resolve("reports/README.md"), StandardCharsets.UTF_8);
        assertThat(readme).as("reports/README.md KPI table " + stale).isEqualTo(MetricsDocs.withKpiBlock(readme, catalog));
    }

    @Test
    void everyKpiIsListedWithItsDefinitionAndBase() {
        String table = MetricsDocs.kpiTable(MetricsCatalog.load());
        assertThat(table).contains("`resolved_same_day_rate`", "Base: complaints received in the month",
                "`members_within_3_days_rate`", "Base: members called in the month");
    }
}
