package io.opsdw.ingest.layout;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Where every stage reads and writes under one warehouse home. The only place that knows the folder names,
 * so stages address each other's output by source/table and period, never by hand-built paths.
 *
 * <pre>
 * home/lake/raw/&lt;source&gt;/period=YYYY-MM/         accepted rows, typed Parquet
 * home/lake/quarantine/&lt;source&gt;/period=YYYY-MM/  rejected rows with file, line, raw text, reason
 * home/lake/manifests/&lt;source&gt;/period=YYYY-MM.json  files, checksums, counts
 * home/lake/marts/&lt;table&gt;/[period=YYYY-MM/]      star schema Parquet
 * home/warehouse/opsdw.duckdb                    the published DuckDB file
 * home/reports/YYYY-MM/                          rendered reports (the archive)
 * home/ledger/                                   run ledger
 * home/tmp/                                      scratch space for write-aside-then-swap
 * </pre>
 */
public record LakeLayout(Path home) {

    public LakeLayout {
        home = home.toAbsolutePath().normalize();
    }

    public static String periodPartition(YearMonth period) {
        return "period=" + period;
    }

    public Path lake() {
        return home.resolve("lake");
    }

    public Path rawRoot(String source) {
        return lake().resolve("raw").resolve(source);
    }

    public Path raw(String source, YearMonth period) {
        return rawRoot(source).resolve(periodPartition(period));
    }

    public Path quarantineRoot(String source) {
        return lake().resolve("quarantine").resolve(source);
    }

    public Path quarantine(String source, YearMonth period) {
        return quarantineRoot(source).resolve(periodPartition(period));
    }

    public Path manifest(String source, YearMonth period) {
        return lake().resolve("manifests").resolve(source).resolve(periodPartition(period) + ".json");
    }

    public Path martsRoot() {
        return lake().resolve("marts");
    }

    public Path mart(String table) {
        return martsRoot().resolve(table);
    }

    public Path martPartition(String table, YearMonth period) {
        return mart(table).resolve(periodPartition(period));
    }

    public Path warehouseDir() {
        return home.resolve("warehouse");
    }

    public Path warehouseFile() {
        return warehouseDir().resolve("opsdw.duckdb");
    }

    public Path reportsDir() {
        return home.resolve("reports");
    }

    public Path reports(YearMonth period) {
        return reportsDir().resolve(period.toString());
    }

    public Path ledgerDir() {
        return home.resolve("ledger");
    }

    public Path tmp() {
        return home.resolve("tmp");
    }

    public Path lockFile() {
        return home.resolve("dw.lock");
    }
}
