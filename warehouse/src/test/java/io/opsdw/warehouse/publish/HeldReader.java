package io.opsdw.warehouse.publish;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A BI tool in its own JVM (JDBC API only, so it runs with any duckdb_jdbc jar): opens the published file read-only
 * and keeps that connection, then obeys commands on stdin, one per line, answering "seen RUN_ID PERIOD" or "err ...":
 * {@code held} (query the connection it keeps), {@code another} (open a second connection to the same path while the
 * first is still open, as a pool does), {@code reconnect} (close every connection, open a new one),
 * {@code open FILE} (a connection to another file, e.g. a dated snapshot), {@code quit}.
 */
public final class HeldReader {

    public static void main(String[] args) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        List<Connection> open = new ArrayList<>();
        Connection held = DriverManager.getConnection("jdbc:duckdb:" + args[0], readOnly);
        open.add(held);
        System.out.println("ready " + seen(held));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String command = in.readLine(); command != null && !command.equals("quit"); command = in.readLine()) {
            try {
                if (command.equals("held")) {
                    System.out.println(seen(held));
                } else if (command.equals("another")) {
                    Connection another = DriverManager.getConnection("jdbc:duckdb:" + args[0], readOnly);
                    open.add(another);
                    System.out.println(seen(another));
                } else if (command.equals("reconnect")) {
                    for (Connection c : open) {
                        c.close();
                    }
                    open.clear();
                    held = DriverManager.getConnection("jdbc:duckdb:" + args[0], readOnly);
                    open.add(held);
                    System.out.println(seen(held));
                } else if (command.startsWith("open ")) {
                    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + command.substring(5), readOnly)) {
                        System.out.println(seen(c));
                    }
                } else {
                    System.out.println("err unknown command " + command);
                }
            } catch (Exception e) {
                System.out.println("err " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
        }
        for (Connection c : open) {
            c.close();
        }
    }

    private static String seen(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT run_id, period FROM publish_info")) {
            rs.next();
            return "seen " + rs.getString(1) + " " + rs.getString(2);
        }
    }
}
