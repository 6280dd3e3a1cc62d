package io.opsdw.warehouse.bench;

/**
 * One measured stage. {@code engine} is "dw" (the product) or "duckdb" (the baseline); {@code rows} is what the
 * stage processed (source rows for ingest, rows written for the others), {@code bytes} the input size where it
 * means something (CSV/XLSX bytes for ingest), else 0.
 */
public record StageResult(String stage, String engine, long rows, long bytes, double seconds, Peak peak, String note) {

    public double rowsPerSecond() {
        return seconds <= 0 ? 0 : rows / seconds;
    }

    public double mbPerSecond() {
        return seconds <= 0 || bytes <= 0 ? 0 : bytes / 1e6 / seconds;
    }
}
