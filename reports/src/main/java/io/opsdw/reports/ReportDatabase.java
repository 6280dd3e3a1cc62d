package io.opsdw.reports;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reports' JDBC access to the published DuckDB file: one read-only connection (opened by the application's
 * {@link ReadOnlyConnections}), the dataset queries and the few lookups every report needs.
 */
final class ReportDatabase implements AutoCloseable {
    private final Connection connection;

    private ReportDatabase(Connection connection) {
        this.connection = connection;
    }

    /** For this module's tests: read-only and locked down, without the application's settings. */
    static ReportDatabase open(Path file) {
        return open(file, ReadOnlyConnections.withoutSettings());
    }

    static ReportDatabase open(Path file, ReadOnlyConnections connections) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new ReportException("warehouse file not found: " + file);
        }
        try {
            return new ReportDatabase(connections.openReadOnly(file));
        } catch (SQLException e) {
            throw new ReportException("cannot open warehouse " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** A site as reports name it: Chinese and English name, and the business line that decides its sections. */
    record Site(String code, String name, String nameEn, String businessLine) {
        String name(java.util.Locale locale) {
            return "zh".equals(locale.getLanguage()) || nameEn == null ? name : nameEn;
        }
    }

    /** Sites by code, excluding the unknown member. */
    Map<String, Site> sites() {
        Map<String, Site> sites = new LinkedHashMap<>();
        for (Map<String, Object> row : query(new NamedSql(
                "SELECT site_code, site_name, site_name_en, business_line FROM dim_site WHERE site_key <> 0 ORDER BY site_code"),
                Map.of())) {
            String code = (String) row.get("site_code");
            sites.put(code, new Site(code, (String) row.get("site_name"), (String) row.get("site_name_en"),
                    (String) row.get("business_line")));
        }
        return sites;
    }

    /** Site code to the company that runs it, for sites whose master data names one. */
    Map<String, String> companies() {
        Map<String, String> companies = new LinkedHashMap<>();
        for (Map<String, Object> row : query(new NamedSql(
                "SELECT site_code, company FROM dim_site WHERE site_key <> 0 AND company IS NOT NULL ORDER BY site_code"), Map.of())) {
            companies.put((String) row.get("site_code"), (String) row.get("company"));
        }
        return companies;
    }

    /** The business lines each KPI applies to (kpi_definitions.business_lines; empty: all). */
    Map<String, List<String>> kpiBusinessLines() {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (Map<String, Object> row : query(new NamedSql("SELECT kpi, business_lines FROM kpi_definitions"), Map.of())) {
            String value = (String) row.get("business_lines");
            lines.put((String) row.get("kpi"), value == null ? List.of() : List.of(value.split(",")));
        }
        return lines;
    }

    /** The run that produced the published file; absent on warehouses built before publish_info existed. */
    Optional<String> runId() {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT CAST(run_id AS VARCHAR) FROM publish_info LIMIT 1")) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    List<Map<String, Object>> query(NamedSql sql, Map<String, Object> params) {
        try (PreparedStatement ps = sql.prepare(connection, params); ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), normalise(rs.getObject(i)));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("dataset query failed: " + firstLine(e.getMessage()), e);
        }
    }

    /** JDBC returns HUGEINT/DECIMAL for sums; templates declare java.lang.Number and print through patterns. */
    private static Object normalise(Object v) {
        if (v instanceof BigInteger b) {
            return b.longValue();
        }
        if (v instanceof BigDecimal d) {
            return d.doubleValue();
        }
        if (v instanceof Integer i) {
            return i.longValue();
        }
        return v;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // read-only connection: nothing to lose
        }
    }
}
