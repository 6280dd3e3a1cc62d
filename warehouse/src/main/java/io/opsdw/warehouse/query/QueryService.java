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
        if (keyword.isEmpty()) {
            throw new IllegalArgumentException("dw query is read-only: an empty statement is refused; use SELECT, WITH, SHOW, DESCRIBE or SUMMARIZE");
        }
        if (!Files.exists(warehouseFile)) {
            throw new IllegalArgumentException("no published warehouse at " + warehouseFile + "; run `dw publish --period YYYY-MM` first");
        }
        try (Connection connection = connections.openReadOnly(warehouseFile)) {
            if (!READING_STATEMENTS.contains(keyword)) {
                refuse(connection, sql, keyword);
            }
            return run(connection, sql);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * A statement that does not start like a read is refused, but a typo is not a statement kind: DuckDB's parser
     * tells the two apart ("SELEC 1" is a syntax error, "DELETE ..." parses and is refused).
     */
    private static void refuse(Connection connection, String sql, String keyword) throws SQLException {
        try {
            connection.prepareStatement(sql).close();
        } catch (SQLException e) {
            if (isSyntaxError(e)) {
                throw failure(e);
            }
        }
        throw new IllegalArgumentException("dw query is read-only: '" + keyword + "' statements are refused; use SELECT, WITH, SHOW, DESCRIBE or SUMMARIZE");
    }

    private static boolean isSyntaxError(SQLException e) {
        return String.valueOf(e.getMessage()).startsWith("Parser Error");
    }

    private static IllegalArgumentException failure(SQLException e) {
        String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return isSyntaxError(e)
                ? new IllegalArgumentException("syntax error in the query" + parserText(first) + detailLine(e), e)
                : new IllegalArgumentException("query failed: " + first, e);
    }

    /** "Parser Error: syntax error at or near X" -> " at or near X"; other parser messages -> ": message". */
    private static String parserText(String first) {
        String text = first.replaceFirst("^Parser Error: ", "");
        return text.startsWith("syntax error ") ? text.substring("syntax error".length()) : ": " + text;
    }

    /** DuckDB's "LINE 1: SELEC ..." pointer, when it gives one. */
    private static String detailLine(SQLException e) {
        return String.valueOf(e.getMessage()).lines().filter(l -> l.startsWith("LINE ")).findFirst().map(l -> " (" + l.strip() + ")").orElse("");
    }

    /** Rows in the order DuckDB returns them: the query's ORDER BY, if it has one (nothing is re-sorted here). */
    private static QueryResult run(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement();
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
