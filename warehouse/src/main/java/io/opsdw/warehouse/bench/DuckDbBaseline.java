package io.opsdw.warehouse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.publish.DuckDbConnections;
import io.opsdw.warehouse.publish.SqlResources;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The DuckDB-only baseline, run in the same process as the product: (1) the same CSV exports to Parquet with
 * {@code read_csv} ... {@code COPY TO}, (2) the analyst views' monthly aggregations straight from the raw Parquet
 * (bench/duckdb_monthly.sql) into a DuckDB file. Same memory_limit / threads / temp_directory as the product's
 * DuckDB connections.
 *
 * <p>DuckDB 2.0's CSV reader only decodes UTF-8, UTF-16 and Latin-1 without the {@code encodings} extension, which
 * needs a download (not available offline here). GBK files are therefore transcoded to UTF-8 by a streaming Java
 * decoder first; that time is part of the baseline's ingest time (and reported on its own in the note). The one
 * XLSX export (customers, master data) is left out of the baseline's ingest: DuckDB needs the {@code excel}
 * extension for it. Its rows are left out of the baseline's row and byte counts too, so rows/s compare like with
 * like.</p>
 */
public final class DuckDbBaseline {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DuckDbConnections connections;

    public DuckDbBaseline(DuckDbConnections connections) {
        this.connections = connections;
    }

    /** CSV -> Parquet for every CSV of the generated period folder; returns the measured stage. */
    public StageResult ingest(Path periodDir, Path work) throws Exception {
        Path out = work.resolve("parquet");
        Files.createDirectories(out);
        List<String[]> files = csvFiles(periodDir);
        long rows = 0;
        long bytes = 0;
        long transcodeNanos = 0;
        long start = System.nanoTime();
        try (Connection db = connections.openForWriting(work.resolve("baseline-ingest.duckdb"));
             Connection spare = spare(db);
             ResourceSampler sampler = ResourceSampler.start(spare)) {
            for (String[] f : files) {
                Path csv = periodDir.resolve(f[0]);
                bytes += Files.size(csv);
                if (!"UTF-8".equalsIgnoreCase(f[1])) {
                    long t = System.nanoTime();
                    csv = transcode(csv, Charset.forName(f[1]), work.resolve("utf8-" + csv.getFileName()));
                    transcodeNanos += System.nanoTime() - t;
                }
                Path parquet = out.resolve(f[0].replaceAll("\\.csv$", ".parquet"));
                try (Statement st = db.createStatement()) {
                    st.execute("COPY (SELECT * FROM read_csv('" + sql(csv) + "', header = true, all_varchar = false))"
                            + " TO '" + sql(parquet) + "' (FORMAT parquet, COMPRESSION snappy)");
                }
                try (Statement st = db.createStatement();
                     ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + sql(parquet) + "')")) {
                    rs.next();
                    rows += rs.getLong(1);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Peak peak = sampler.stop();
            String note = files.size() + " CSV files; GBK transcoded to UTF-8 in Java first: "
                    + String.format(java.util.Locale.ROOT, "%.1f s", transcodeNanos / 1e9) + " of the total; XLSX not read";
            return new StageResult("ingest", "duckdb", rows, bytes, seconds, peak, note);
        }
    }

    /** The monthly aggregations from the lake's raw Parquet (a local folder, {@code lake/raw}) into a DuckDB file. */
    public StageResult aggregate(Path raw, YearMonth period, Path work) throws Exception {
        Path file = work.resolve("baseline-warehouse.duckdb");
        Files.deleteIfExists(file);
        String script = SqlResources.load("bench/duckdb_monthly.sql")
                .replace("{raw}", sql(raw))
                .replace("{period}", LakeLayout.periodPartition(period));
        long start = System.nanoTime();
        long rowsIn = 0;
        try (Connection db = connections.openForWriting(file);
             Connection spare = spare(db);
             ResourceSampler sampler = ResourceSampler.start(spare)) {
            for (String statement : statements(script)) {
                try (Statement st = db.createStatement()) {
                    st.execute(statement);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Peak peak = sampler.stop();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + sql(raw)
                         + "/*/" + LakeLayout.periodPartition(period) + "/*.parquet', union_by_name = true)")) {
                rs.next();
                rowsIn = rs.getLong(1);
            }
            return new StageResult("transform+publish", "duckdb", rowsIn, 0, seconds, peak,
                    "7 monthly aggregations (the analyst views' questions) from raw Parquet into a DuckDB file");
        }
    }

    /** A second connection to the same database for the memory sampler. */
    private static Connection spare(Connection db) throws SQLException {
        return db.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
    }

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                out.add(current.toString().strip().replaceAll(";$", ""));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    /** The CSV files of a generated period (name, encoding label) from the generator's _manifest.json. */
    static List<String[]> csvFiles(Path periodDir) throws IOException {
        List<String[]> files = new ArrayList<>();
        JsonNode manifest = JSON.readTree(periodDir.resolve("_manifest.json").toFile());
        for (JsonNode f : manifest.path("files")) {
            if ("csv".equals(f.path("format").asText())) {
                files.add(new String[] {f.path("file").asText(), f.path("encoding").asText("UTF-8")});
            }
        }
        return files;
    }

    private static Path transcode(Path in, Charset from, Path out) {
        try (BufferedReader r = Files.newBufferedReader(in, from);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            char[] buf = new char[1 << 16];
            int n;
            while ((n = r.read(buf)) > 0) {
                w.write(buf, 0, n);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sql(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }
}
