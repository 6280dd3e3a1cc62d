package io.opsdw.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Installs the metrics layer in a DuckDB database that holds the star schema: the analyst views with their comments
 * (grain, base, the KPIs defined on them, every column) and the kpi_definitions table. The publisher runs it on every
 * new warehouse file; report tests run it on their fixture, so reports are tested against the same views.
 */
public final class MetricsLayer {

    /** Views created, and views skipped with the reason (their tables are absent, e.g. no fact of that kind yet). */
    public record Installed(List<String> views, Map<String, String> skipped) {
    }

    private MetricsLayer() {
    }

    public static Installed install(Connection connection) throws SQLException {
        MetricsCatalog catalog = MetricsCatalog.load();
        List<String> created = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        for (ViewDef view : catalog.views()) {
            Optional<String> failure = create(connection, catalog.sql(view, created));
            if (failure.isPresent() && catalog.fallbackSql(view).isPresent()) {
                failure = create(connection, catalog.fallbackSql(view).get());
            }
            if (failure.isPresent()) {
                skipped.put(view.name(), failure.get());
                continue;
            }
            created.add(view.name());
            comment(connection, "VIEW", view.name(), catalog.comment(view), catalog.columns(view));
        }
        writeKpiDefinitions(connection, catalog);
        return new Installed(created, skipped);
    }

    private static Optional<String> create(Connection connection, String sql) {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static void comment(Connection connection, String kind, String name, String text, Map<String, String> columns)
            throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("COMMENT ON " + kind + " " + name + " IS " + literal(text));
            for (Map.Entry<String, String> c : columns.entrySet()) {
                st.execute("COMMENT ON COLUMN " + name + "." + c.getKey() + " IS " + literal(c.getValue()));
            }
        }
    }

    private static void writeKpiDefinitions(Connection connection, MetricsCatalog catalog) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(MetricsCatalog.resource("metrics/kpi_definitions.sql"));
        }
        try (PreparedStatement ps = connection.prepareStatement(MetricsCatalog.resource("metrics/kpi_definitions_insert.sql"))) {
            int ord = 0;
            for (KpiDef k : catalog.kpis()) {
                ps.setString(1, k.id());
                ps.setString(2, k.name("zh-CN"));
                ps.setString(3, k.name("en"));
                ps.setString(4, k.definition("zh-CN"));
                ps.setString(5, k.definition("en"));
                ps.setString(6, k.view());
                ps.setString(7, k.numerator());
                ps.setString(8, k.where());
                ps.setString(9, k.hasBase() ? k.baseViewOrView() : null);
                ps.setString(10, k.base());
                ps.setString(11, k.hasBase() ? k.baseWhereOrWhere() : null);
                ps.setString(12, k.format());
                ps.setString(13, String.join(",", k.sources()));
                ps.setString(14, k.businessLines().isEmpty() ? null : String.join(",", k.businessLines()));
                ps.setInt(15, ++ord);
                if (k.target() == null) {
                    ps.setNull(16, java.sql.Types.DOUBLE);
                    ps.setNull(17, java.sql.Types.DOUBLE);
                    ps.setNull(18, java.sql.Types.VARCHAR);
                } else {
                    ps.setDouble(16, k.target().min());
                    ps.setDouble(17, k.target().atRiskFrom());
                    ps.setString(18, k.target().cite());
                }
                ps.executeUpdate(); // a few dozen rows: one statement each (DuckDB's executeBatch is no faster)
            }
        }
        for (ViewDef table : catalog.tables()) {
            comment(connection, "TABLE", table.name(), table.description().strip() + " Grain: " + table.grain() + ".",
                    catalog.columns(table));
        }
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
