package io.opsdw.transforms.model;

/**
 * How a model is kept. {@code view}: a temp view only (staging). {@code dimension}: rebuilt whole from all
 * periods. {@code fact}: partitioned by period, only the run's period rewritten. {@code system}: written by the
 * runner itself (dq_results), documented like a model. {@code warehouse}: written by the publisher into the DuckDB
 * file only (run_ledger, publish_info, quarantine, ingest_manifest), documented like a model.
 */
public enum Materialization {
    VIEW, DIMENSION, FACT, SYSTEM, WAREHOUSE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** In the published DuckDB file. */
    public boolean published() {
        return this != VIEW;
    }

    /** Built by the model's own SQL file. */
    public boolean hasSql() {
        return this == VIEW || this == DIMENSION || this == FACT;
    }

    /** Written to lake/marts by the transforms. */
    public boolean inMarts() {
        return this == DIMENSION || this == FACT || this == SYSTEM;
    }
}
