package io.opsdw.warehouse.query;

import io.opsdw.warehouse.publish.DuckDbConnections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs an analyst's statement against the published file, read-only. Statements are refused by kind before they
 * run (a clear message beats DuckDB's), and the connection itself is read-only without file access as a backstop.
 */
public final class QueryService {

    private static final Set<String> READING_STATEMENTS = Set.of("SELECT", "WITH", "FROM", "SHOW", "DESCRIBE", "SUMMARIZE", "EXPLAIN", "VALUES", "TABLE");

    private final DuckDbConnections connections;

    public QueryService(DuckDbConnections connections) {
        this.connections = connections;
    }

    public QueryResult query(Path warehouseFile, String sql) {
        String keyword = firstKeyword(sql);
        if (!READING_STATEMENTS.contains(keyword)) {
            throw new IllegalArgumentException("dw query is read-only: " + (keyword.isEmpty() ? "an empty statement" : "'" + keyword + "' statements are")
                    + " refused; use SELECT, WITH, SHOW, DESCRIBE or SUMMARIZE");
        }
        if (!Files.exists(warehouseFile)) {
            throw new IllegalArgumentException("no published warehouse at " + warehouseFile + "; run `dw publish --period YYYY-MM` first");
        }
        try (Connection connection = connections.openReadOnly(warehouseFile);
             Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i));
            }
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(columns.size());
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return new QueryResult(columns, rows);
        } catch (SQLException e) {
            throw new IllegalArgumentException("query failed: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** The statement's first keyword, after comments, whitespace and opening parentheses. */
    static String firstKeyword(String sql) {
        String s = sql == null ? "" : sql;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (s.startsWith("--", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? s.length() : end + 1;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else {
                break;
            }
        }
        int j = i;
        while (j < s.length() && Character.isLetter(s.charAt(j))) {
            j++;
        }
        return s.substring(i, j).toUpperCase(Locale.ROOT);
    }
}
