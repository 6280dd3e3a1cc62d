package io.opsdw.warehouse.publish;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * A stand-in analyst, run in its own JVM by the concurrency tests: opens the published file read-only again and
 * again for a while and prints what each complete read saw ("ok run_id rows tables") or the error ("err ...").
 */
public final class ReaderLoop {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long until = System.currentTimeMillis() + Long.parseLong(args[1]);
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        System.out.println("started");
        while (System.currentTimeMillis() < until) {
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly);
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT (SELECT run_id FROM publish_info), (SELECT count(*) FROM fact_complaint),"
                         + " (SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main')")) {
                rs.next();
                System.out.println("ok " + rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3));
            } catch (Exception e) {
                System.out.println("err " + String.valueOf(e.getMessage()).replace('\n', ' '));
            }
        }
        System.out.println("done");
    }
}
