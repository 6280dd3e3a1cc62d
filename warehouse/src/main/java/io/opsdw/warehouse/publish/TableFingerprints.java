package io.opsdw.warehouse.publish;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Content fingerprints per table: how tests (and operators) prove that two publishes hold the same data. */
public final class TableFingerprints {

    /** Tables whose content legitimately differs between runs (they describe the run itself). */
    public static final List<String> RUN_DESCRIBING_TABLES = List.of("run_ledger", "publish_info", "dq_results", "ingest_manifest");

    private TableFingerprints() {
    }

    public static Map<String, String> of(Connection connection, boolean includeRunTables) throws SQLException {
        Map<String, String> fingerprints = new TreeMap<>();
        for (String table : tables(connection)) {
            if (!includeRunTables && RUN_DESCRIBING_TABLES.contains(table)) {
                continue;
            }
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery(SqlResources.load("publish/fingerprint.sql").replace("{table}", table))) {
                rs.next();
                fingerprints.put(table, rs.getLong(1) + ":" + rs.getString(2));
            }
        }
        return fingerprints;
    }

    static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new java.util.ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
