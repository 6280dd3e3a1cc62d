package io.opsdw.warehouse.compat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * An analyst's client of another DuckDB version, run in its own JVM with only that version's duckdb_jdbc jar and this
 * class on the classpath (JDBC API only, nothing of the project). Opens the file read-only and prints what it sees:
 * "version v1.4.4", then "view NAME ROWS" / "table NAME ROWS" / "comment NAME TEXT", or "err WHAT MESSAGE".
 */
public final class OlderClientProbe {

    public static void main(String[] args) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0], readOnly); Statement st = c.createStatement()) {
            System.out.println("version " + scalar(st, "SELECT version()"));
            for (String[] object : objects(st)) {
                try {
                    System.out.println(object[0] + " " + object[1] + " " + scalar(st, "SELECT count(*) FROM (SELECT * FROM \"" + object[1] + "\")"));
                    System.out.println("comment " + object[1] + " " + object[2]);
                } catch (Exception e) {
                    System.out.println("err " + object[1] + " " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                }
            }
        } catch (Exception e) {
            System.out.println("err open " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        System.out.println("done");
    }

    private static List<String[]> objects(Statement st) throws Exception {
        List<String[]> objects = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT 'view', view_name, coalesce(comment, '') FROM duckdb_views() WHERE NOT internal AND schema_name = 'main'"
                + " UNION ALL SELECT 'table', table_name, coalesce(comment, '') FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1, 2")) {
            while (rs.next()) {
                objects.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3).replace('\n', ' ')});
            }
        }
        return objects;
    }

    private static String scalar(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
