package io.opsdw.lakecontract;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.Path;

/**
 * Where every stage reads and writes. The only place that knows the folder names, so stages address each other's
 * output by source/table and period, never by hand-built paths. It computes locations only; {@link LakeFs} does the
 * I/O.
 *
 * <p>Two roots. The <b>lake</b> is any Hadoop file system location ({@code file:}, {@code hdfs://}, {@code s3a://},
 * ...; default {@code <home>/lake}) and its locations are Hadoop {@link Path}s. The <b>home</b> is a directory on the
 * driver's local disk for what must be local: the lock, the ledger, the DuckDB file, reports and DuckDB's scratch
 * space; its locations are {@link java.nio.file.Path}s.
 *
 * <pre>
 * lake/raw/&lt;source&gt;/period=YYYY-MM/         accepted rows, typed Parquet
 * lake/quarantine/&lt;source&gt;/period=YYYY-MM/  rejected rows with file, line, raw text, reason
 * lake/manifests/&lt;source&gt;/period=YYYY-MM.json  files, checksums, counts
 * lake/marts/&lt;table&gt;/[period=YYYY-MM/]      star schema Parquet
 * lake/_tmp/                                write-aside work folders (same file system as the lake, so a swap is a rename)
 * home/warehouse/opsdw.duckdb               the published DuckDB file
 * home/reports/YYYY-MM/                     rendered reports (the archive)
 * home/ledger/                              run ledger
 * home/tmp/                                 local scratch: DuckDB's spill folder, marts copied from a remote lake to publish
 * home/dw.lock                              one writer per home
 * </pre>
 */
public record LakeLayout(java.nio.file.Path home, Path lake) {

    /** A URI scheme ({@code hdfs:}, {@code s3a:}, ...); one letter would be a Windows drive, not a scheme. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

    public LakeLayout {
        home = home.toAbsolutePath().normalize();
        lake = lake == null ? localLocation(home.resolve("lake")) : lake;
    }

    /** The lake in {@code <home>/lake}, on the local file system. */
    public LakeLayout(java.nio.file.Path home) {
        this(home, null);
    }

    /**
     * The layout for a home and a configured lake location: null or blank means {@code <home>/lake}; a URI with a
     * scheme ({@code hdfs://namenode:8020/dw/lake}, {@code s3a://bucket/lake}, {@code file:/srv/lake}) is taken as
     * it is; a plain path means the local file system (relative to the working directory, like the home).
     */
    public static LakeLayout of(java.nio.file.Path home, String lake) {
        return new LakeLayout(home, lake == null || lake.isBlank() ? null : location(lake.strip()));
    }

    /** A configured lake location as a Hadoop path (see {@link #of}). */
    public static Path location(String lake) {
        if (!SCHEME.matcher(lake).matches()) {
            return localLocation(java.nio.file.Path.of(lake));
        }
        Path p = new Path(lake);
        if (p.toUri().getPath().isEmpty()) { // s3a://bucket: the bucket's root
            return new Path(p.toUri().getScheme(), p.toUri().getAuthority(), "/");
        }
        if (!p.isUriPathAbsolute()) {
            throw new IllegalArgumentException("the lake location " + lake + " must be an absolute URI (e.g. hdfs://namenode:8020/dw/lake)");
        }
        return p;
    }

    /** A local directory as a {@code file:} location. */
    public static Path localLocation(java.nio.file.Path dir) {
        return new Path("file", null, dir.toAbsolutePath().normalize().toString());
    }

    /** True when the lake is on the driver's local file system ({@code file:}), where DuckDB can read it in place. */
    public boolean lakeIsLocal() {
        return isLocal(lake);
    }

    public static boolean isLocal(Path p) {
        String scheme = p.toUri().getScheme();
        return scheme == null || scheme.equals("file");
    }

    /** A {@code file:} location as a local path; refuses any other file system (java.nio cannot open it). */
    public static java.nio.file.Path localPath(Path p) {
        if (!isLocal(p)) {
            throw new IllegalArgumentException(p + " is not on the local file system");
        }
        return java.nio.file.Path.of(p.toUri().getPath());
    }

    /** For messages and summaries: a local location as a plain path, any other as its URI. */
    public static String display(Path p) {
        return isLocal(p) ? p.toUri().getPath() : p.toString();
    }

    private static final String PERIOD_PREFIX = "period=";
    private static final Pattern PERIOD_NAME = Pattern.compile("period=\\d{4}-\\d{2}");

    public static String periodPartition(YearMonth period) {
        return PERIOD_PREFIX + period;
    }

    /**
     * The one parser of period names: the month of a partition folder ({@code period=YYYY-MM}) or a manifest file
     * ({@code period=YYYY-MM.json}); empty for any other name (a left-over work folder, {@code _SUCCESS}, a typo).
     */
    public static Optional<YearMonth> periodOf(String name) {
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        if (!PERIOD_NAME.matcher(stem).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(stem.substring(PERIOD_PREFIX.length())));
        } catch (java.time.format.DateTimeParseException notAMonth) { // period=2026-13
            return Optional.empty();
        }
    }

    // ---- the lake (Hadoop paths)

    public Path rawZone() {
        return new Path(lake, "raw");
    }

    public Path rawRoot(String source) {
        return new Path(rawZone(), source);
    }

    public Path raw(String source, YearMonth period) {
        return new Path(rawRoot(source), periodPartition(period));
    }

    public Path quarantineZone() {
        return new Path(lake, "quarantine");
    }

    public Path quarantineRoot(String source) {
        return new Path(quarantineZone(), source);
    }

    public Path quarantine(String source, YearMonth period) {
        return new Path(quarantineRoot(source), periodPartition(period));
    }

    public Path manifestsZone() {
        return new Path(lake, "manifests");
    }

    public Path manifest(String source, YearMonth period) {
        return new Path(new Path(manifestsZone(), source), periodPartition(period) + ".json");
    }

    public Path martsRoot() {
        return new Path(lake, "marts");
    }

    public Path mart(String table) {
        return new Path(martsRoot(), table);
    }

    public Path martPartition(String table, YearMonth period) {
        return new Path(mart(table), periodPartition(period));
    }

    /** Write-aside work folders: on the lake's own file system, so swapping a finished one in is a rename. */
    public Path work() {
        return new Path(lake, "_tmp");
    }

    // ---- the home (local paths)

    public java.nio.file.Path warehouseDir() {
        return home.resolve("warehouse");
    }

    public java.nio.file.Path warehouseFile() {
        return warehouseDir().resolve("opsdw.duckdb");
    }

    public java.nio.file.Path reportsDir() {
        return home.resolve("reports");
    }

    public java.nio.file.Path reports(YearMonth period) {
        return reportsDir().resolve(period.toString());
    }

    public java.nio.file.Path ledgerDir() {
        return home.resolve("ledger");
    }

    /** Local scratch space (DuckDB's spill folder, marts copied from a remote lake for publishing). */
    public java.nio.file.Path tmp() {
        return home.resolve("tmp");
    }

    public java.nio.file.Path lockFile() {
        return home.resolve("dw.lock");
    }
}
