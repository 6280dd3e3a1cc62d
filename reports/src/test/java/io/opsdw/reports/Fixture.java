package io.opsdw.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import io.opsdw.metrics.MetricsLayer;

/** Builds the test warehouse from fixture-warehouse.sql and answers the tests' own (independent) queries. */
final class Fixture {
    private Fixture() {
    }

    static Path build(Path dir) throws IOException, SQLException {
        return build(dir, new String[0]);
    }

    /** The fixture, with more rows from {@code extraScripts} (test resources run after fixture-warehouse.sql). */
    static Path build(Path dir, String... extraScripts) throws IOException, SQLException {
        Path file = dir.resolve("warehouse.duckdb");
        java.util.List<String> scripts = new java.util.ArrayList<>();
        scripts.add("/fixture-warehouse.sql");
        scripts.addAll(java.util.List.of(extraScripts));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement()) {
            for (String resource : scripts) {
                String script;
                try (InputStream in = Fixture.class.getResourceAsStream(resource)) {
                    script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                for (String sql : script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
                    if (!sql.isBlank()) {
                        st.execute(sql);
                    }
                }
            }
            MetricsLayer.Installed views = MetricsLayer.install(c);
            if (!views.skipped().isEmpty()) {
                throw new IllegalStateException("fixture-warehouse.sql lacks what views need: " + views.skipped());
            }
        }
        return file;
    }

    /** A single value from an independent query on the fixture (opened read-only, like the reports). */
    static Object scalar(Path warehouse, String sql) throws SQLException {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse, p);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1);
        }
    }

    static long count(Path warehouse, String sql) throws SQLException {
        return ((Number) scalar(warehouse, sql)).longValue();
    }
}
