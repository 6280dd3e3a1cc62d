package io.opsdw.warehouse.publish;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** The {@code ingest_manifest} table of the published file: one row per input file of every ingest in the lake. */
final class IngestManifestTable {

    private IngestManifestTable() {
    }

    static void create(Connection connection, List<IngestedFile> files) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(SqlResources.load("publish/ingest_manifest.sql"));
        }
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class)
                .createAppender(DuckDbConnections.BUILDING, DuckDBConnection.DEFAULT_SCHEMA, "ingest_manifest")) {
            for (IngestedFile f : files) {
                appender.beginRow();
                text(appender, f.source());
                text(appender, f.period());
                text(appender, f.file());
                text(appender, f.sha256());
                appender.append(f.bytes());
                text(appender, f.encoding());
                appender.append(f.rows()).append(f.accepted()).append(f.quarantined());
                text(appender, f.duplicateOf());
                appender.append(OffsetDateTime.ofInstant(f.ingestedAt(), ZoneOffset.UTC));
                text(appender, f.runId());
                appender.endRow();
            }
        }
    }

    private static void text(DuckDBAppender appender, String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }
}
