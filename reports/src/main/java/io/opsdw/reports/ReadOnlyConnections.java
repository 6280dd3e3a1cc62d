package io.opsdw.reports;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Opens the published DuckDB file read-only. The application passes its own (warehouse's {@code DuckDbConnections}:
 * the configured memory limit, threads and temp folder, and the read-only lockdown every analyst connection gets), so
 * reports hold no DuckDB settings of their own.
 */
@FunctionalInterface
public interface ReadOnlyConnections {

    Connection openReadOnly(Path file) throws SQLException;

    /**
     * For this module's own tests and tools, which run without the application's settings: read-only and locked down
     * the same way, with DuckDB's default limits.
     */
    static ReadOnlyConnections withoutSettings() {
        return file -> {
            Properties props = new Properties();
            props.setProperty("duckdb.read_only", "true");
            Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
            try (Statement st = connection.createStatement()) {
                st.execute("SET enable_external_access = false");
                st.execute("SET lock_configuration = true");
            }
            return connection;
        };
    }
}
