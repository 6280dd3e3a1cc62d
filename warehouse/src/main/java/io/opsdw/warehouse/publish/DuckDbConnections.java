package io.opsdw.warehouse.publish;

import io.opsdw.reports.ReadOnlyConnections;
import io.opsdw.warehouse.config.DwSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Every DuckDB connection the application opens goes through here (the reports' too: they are handed this as their
 * {@link ReadOnlyConnections}), so each one has a memory limit, a thread
 * count and a temp folder (DuckDB's memory lives outside the Java heap and would otherwise take 80 % of RAM).
 */
public final class DuckDbConnections implements ReadOnlyConnections {

    private final DwSettings.DuckDb settings;
    private final Path tempDir;

    public DuckDbConnections(DwSettings.DuckDb settings, Path tempDir) {
        this.settings = settings;
        this.tempDir = tempDir;
    }

    public Connection openForWriting(Path file) throws SQLException {
        return configure(DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), new Properties()));
    }

    /** The catalog name of the file being built on a {@link #openForBuilding} connection. */
    public static final String BUILDING = "building";

    /**
     * A new database file written in the storage format of DuckDB {@code storageVersion} (e.g. v1.4.0), so clients of
     * that version and later open it. The file is attached to an in-memory session and made the default catalog:
     * statements without a catalog create their tables, views and comments in it. Call {@link #finishBuilding}
     * before closing.
     */
    public Connection openForBuilding(Path file, String storageVersion) throws SQLException {
        Connection connection = configure(DriverManager.getConnection("jdbc:duckdb:", new Properties()));
        try (Statement st = connection.createStatement()) {
            st.execute("ATTACH " + SqlResources.literal(file.toAbsolutePath().toString()) + " AS " + BUILDING
                    + " (STORAGE_VERSION " + SqlResources.literal(storageVersion) + ")");
            st.execute("USE " + BUILDING);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** Checkpoints and detaches the file of an {@link #openForBuilding} connection: complete on disk, no WAL left. */
    public static void finishBuilding(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CHECKPOINT " + BUILDING);
            st.execute("USE memory");
            st.execute("DETACH " + BUILDING);
        }
    }

    /** Read-only and without access to other files: what analysts' and reports' connections get. */
    @Override
    public Connection openReadOnly(Path file) throws SQLException {
        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "true");
        Connection connection = configure(DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props));
        try (Statement st = connection.createStatement()) {
            st.execute("SET enable_external_access = false");
            st.execute("SET lock_configuration = true");
        }
        return connection;
    }

    private Connection configure(Connection connection) throws SQLException {
        try {
            Files.createDirectories(tempDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement st = connection.createStatement()) {
            st.execute("SET memory_limit = '" + settings.memoryLimit().replace("'", "") + "'");
            st.execute("SET threads = " + Math.max(1, settings.threads()));
            st.execute("SET temp_directory = '" + tempDir.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        return connection;
    }
}
