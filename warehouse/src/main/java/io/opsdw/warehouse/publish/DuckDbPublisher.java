package io.opsdw.warehouse.publish;

import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.config.DwSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds a complete new DuckDB file from the marts beside the published one, then atomically renames it over the
 * published file. Readers that already opened the old file keep reading it; new readers get the new one; nobody
 * ever sees a half-built file, and a crash at any point leaves the old file in place. A dated copy of the new file
 * ({@link Snapshots}) is swapped in the same way just before.
 *
 * <p>DuckDB reads the marts with {@code read_parquet} from a folder on the local disk laid out like
 * {@code lake/marts} (the lake's own folder when the lake is local; a copy otherwise, see {@link LocalZone}), and the
 * quarantine the same way; the ingest manifests become {@code ingest_manifest}.
 */
public final class DuckDbPublisher {

    /** Tables the publisher writes itself (not marts); documented in the model catalogue like the marts. */
    static final List<String> WAREHOUSE_TABLES = List.of("run_ledger", "publish_info", "quarantine", "ingest_manifest");

    private final DuckDbConnections connections;
    private final DwSettings.Publish settings;

    public DuckDbPublisher(DuckDbConnections connections, DwSettings.Publish settings) {
        this.connections = connections;
        this.settings = settings == null ? DwSettings.Publish.DEFAULTS : settings;
    }

    /** With the default settings (storage version v1.4.0). */
    public DuckDbPublisher(DuckDbConnections connections) {
        this(connections, DwSettings.Publish.DEFAULTS);
    }

    /**
     * @param lake  the home: where the DuckDB file is built and published, and the run ledger
     * @param marts a local folder holding the marts, {@code <table>/[period=YYYY-MM/]*.parquet}
     */
    public PublishResult publish(LakeLayout lake, Path marts, String runId, YearMonth period, Instant publishedAt, TableDocs docs) {
        return publish(lake, LakeInputs.martsOnly(marts), runId, period, publishedAt, docs);
    }

    /** @param lake the home: where the DuckDB file is built and published, and the run ledger */
    public PublishResult publish(LakeLayout lake, LakeInputs inputs, String runId, YearMonth period, Instant publishedAt, TableDocs docs) {
        Path marts = inputs.marts();
        List<String> tables = martTables(marts);
        if (tables.isEmpty()) {
            throw new PublishException("no marts under " + LakeLayout.display(lake.martsRoot()) + "; run `dw transform --period " + period + "` first");
        }
        Path building = lake.warehouseDir().resolve(".building-" + runId + ".duckdb");
        Path snapshotCopy = lake.warehouseDir().resolve(".building-" + runId + "-snapshot.duckdb");
        Snapshots snapshots = new Snapshots(lake.warehouseFile());
        try {
            Files.createDirectories(lake.warehouseDir());
            Files.deleteIfExists(building);
            Files.deleteIfExists(snapshotCopy);
            PublishResult result;
            try (Connection connection = openBuilding(building)) {
                refuseOnDataQualityErrors(connection, marts);
                Map<String, Long> rows = new LinkedHashMap<>();
                for (String table : tables) {
                    rows.put(table, loadTable(connection, marts, table));
                    comment(connection, table, docs);
                }
                loadLedger(connection, lake);
                rows.put("quarantine", QuarantineTable.create(connection, inputs.quarantine(), ContractRegistry.load()));
                IngestManifestTable.create(connection, inputs.ingested());
                rows.put("ingest_manifest", (long) inputs.ingested().size());
                List<String> views = new ArrayList<>();
                Map<String, String> skipped = new LinkedHashMap<>();
                AnalystViews.create(connection, views, skipped);
                String fingerprint = String.valueOf(TableFingerprints.of(connection, false).hashCode());
                try (PreparedStatement ps = connection.prepareStatement(SqlResources.load("publish/publish_info.sql"))) {
                    ps.setString(1, runId);
                    ps.setString(2, period.toString());
                    ps.setObject(3, OffsetDateTime.ofInstant(publishedAt, ZoneOffset.UTC));
                    ps.setString(4, fingerprint);
                    ps.execute();
                }
                for (String table : WAREHOUSE_TABLES) {
                    comment(connection, table, docs);
                }
                DuckDbConnections.finishBuilding(connection);
                result = new PublishResult(lake.warehouseFile(), rows, views, skipped);
            }
            Path snapshot = null;
            if (settings.snapshots() > 0) {
                // the dated copy first, the stable file last: a crash in between leaves each one old or new, never half
                snapshot = snapshots.of(period);
                Files.copy(building, snapshotCopy);
                swap(snapshotCopy, snapshot);
            }
            swap(building, lake.warehouseFile());
            return result.withSnapshots(snapshot, snapshots.prune(settings.snapshots()));
        } catch (SQLException e) {
            throw new PublishException("publishing failed: " + e.getMessage().lines().findFirst().orElse("") , e);
        } catch (IOException e) {
            throw new UncheckedIOException("publishing failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(building);
            deleteQuietly(Path.of(building + ".wal"));
            deleteQuietly(snapshotCopy);
        }
    }

    private Connection openBuilding(Path building) throws SQLException {
        try {
            return connections.openForBuilding(building, settings.storageVersion());
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("is not a known DuckDB version")) {
                throw new PublishException("dw.publish.storage-version '" + settings.storageVersion() + "' is not a DuckDB release;"
                        + " use one such as v1.4.0 (the oldest DuckDB that must open the file) or latest", e);
            }
            throw e;
        }
    }

    /** Mart folders that hold Parquet files, in name order (dimensions and facts alike). */
    static List<String> martTables(Path marts) {
        if (!Files.isDirectory(marts)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(marts)) {
            return dirs.filter(Files::isDirectory)
                    .filter(d -> !d.getFileName().toString().startsWith(".") && !d.getFileName().toString().startsWith("_"))
                    .filter(DuckDbPublisher::hasParquet)
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasParquet(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String parquetSource(Path marts, String table) {
        Path dir = marts.resolve(table);
        boolean partitioned;
        try (Stream<Path> children = Files.list(dir)) {
            partitioned = children.anyMatch(c -> Files.isDirectory(c) && LakeLayout.periodOf(c.getFileName().toString()).isPresent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String glob = SqlResources.literal(dir.toAbsolutePath() + (partitioned ? "/period=*/*.parquet" : "/*.parquet"));
        return partitioned
                ? "read_parquet(" + glob + ", hive_partitioning = true, hive_types = {'period': VARCHAR}, union_by_name = true)"
                : "read_parquet(" + glob + ", union_by_name = true)";
    }

    private static long loadTable(Connection connection, Path marts, String table) throws SQLException {
        String sql = SqlResources.load("publish/load_table.sql").replace("{table}", table).replace("{source}", parquetSource(marts, table));
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void refuseOnDataQualityErrors(Connection connection, Path marts) throws SQLException {
        if (!Files.isDirectory(marts.resolve("dq_results")) || !hasParquet(marts.resolve("dq_results"))) {
            return;
        }
        String sql = SqlResources.load("publish/dq_gate.sql").replace("{dq_results}", parquetSource(marts, "dq_results"));
        List<String> failures = new ArrayList<>();
        boolean exportToFix = false;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String check = rs.getString("check_name");
                java.util.Optional<String> hint = io.opsdw.transforms.quality.CheckHints.hint(check);
                exportToFix |= hint.isEmpty();
                failures.add(rs.getString("period") + " " + rs.getString("model") + "." + check
                        + " (" + rs.getLong("failing_rows") + " rows, e.g. " + rs.getString("sample_keys") + ")"
                        + hint.map(h -> ": " + h).orElse(""));
            }
        }
        if (!failures.isEmpty()) {
            throw new PublishException("data-quality errors block publishing: " + String.join("; ", failures)
                    + (exportToFix ? "; fix the export and re-run ingest and transform for that period" : ""));
        }
    }

    private static void comment(Connection connection, String table, TableDocs docs) throws SQLException {
        String description = docs.table(table);
        try (Statement st = connection.createStatement()) {
            if (description != null) {
                st.execute("COMMENT ON TABLE \"" + table + "\" IS " + SqlResources.literal(description));
            }
            for (Map.Entry<String, String> column : docs.columns(table).entrySet()) {
                try {
                    st.execute("COMMENT ON COLUMN \"" + table + "\".\"" + column.getKey() + "\" IS " + SqlResources.literal(column.getValue()));
                } catch (SQLException documentedButAbsent) {
                    // a column documented but not produced is caught by the data dictionary test, not here
                }
            }
        }
    }

    private static void loadLedger(Connection connection, LakeLayout lake) throws SQLException {
        Path ledger = lake.ledgerDir().resolve("runs.jsonl");
        try (Statement st = connection.createStatement()) {
            boolean hasRows;
            try {
                hasRows = Files.exists(ledger) && Files.size(ledger) > 0;
            } catch (IOException e) {
                hasRows = false;
            }
            st.execute(hasRows
                    ? SqlResources.load("publish/run_ledger.sql").replace("{ledger}", SqlResources.literal(ledger.toAbsolutePath().toString()))
                    : SqlResources.load("publish/run_ledger_empty.sql"));
        }
    }

    private static void swap(Path building, Path published) throws IOException {
        try {
            Files.move(building, published, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new PublishException("the warehouse folder " + published.getParent() + " does not support atomic rename; put the home on a local file system");
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort: a leftover .building file is removed by the next publish of the same run id or by hand
        }
    }
}
