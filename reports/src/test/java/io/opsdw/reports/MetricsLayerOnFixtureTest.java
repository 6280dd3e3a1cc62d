package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.metrics.MetricsCatalog;
import io.opsdw.metrics.ViewDef;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metrics layer as installed on a star schema (the fixture; publishing installs the same): every declared view
 * exists with exactly the declared columns, in order, and the view and every column carry the catalogue's text.
 */
class MetricsLayerOnFixtureTest {
    @TempDir
    static Path tmp;
    static Path warehouse;

    @BeforeAll
    static void build() throws Exception {
        warehouse = Fixture.build(tmp);
    }

    @Test
    void everyViewHasTheDeclaredColumnsAndEveryCommentTheCataloguesText() throws Exception {
        MetricsCatalog catalog = MetricsCatalog.load();
        Properties ro = new Properties();
        ro.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse, ro)) {
            List<ViewDef> all = new ArrayList<>(catalog.views());
            all.addAll(catalog.tables());
            for (ViewDef v : all) {
                Map<String, String> actual = new LinkedHashMap<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index")) {
                    ps.setString(1, v.name());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            actual.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
                assertThat(actual.keySet()).as(v.name() + " columns").containsExactlyElementsOf(catalog.columns(v).keySet());
                assertThat(actual).as(v.name() + " column comments").isEqualTo(catalog.columns(v));
            }
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal ORDER BY view_name")) {
                int n = 0;
                while (rs.next()) {
                    ViewDef v = catalog.view(rs.getString(1)).orElseThrow();
                    assertThat(rs.getString(2)).as(v.name()).isEqualTo(catalog.comment(v));
                    n++;
                }
                assertThat(n).isEqualTo(catalog.views().size());
            }
        }
    }
}
