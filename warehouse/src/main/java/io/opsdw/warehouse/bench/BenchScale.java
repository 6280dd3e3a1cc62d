package io.opsdw.warehouse.bench;

/**
 * Benchmark sizes in source rows per month. The sample generator writes about 9 000 rows (all sources; 10 500 at small scales where master data weighs more) per month
 * at scale 1 and grows linearly, so the generator scale is the target divided by that.
 */
public enum BenchScale {
    /** For the smoke test only: a few thousand rows. */
    XS(3_000),
    S(100_000),
    M(1_000_000),
    L(10_000_000);

    /** Operational rows per month the sample generator writes at scale 1 (measured: see docs/benchmarks.md). */
    public static final double ROWS_AT_SCALE_ONE = 9_000;

    private final long targetRows;

    BenchScale(long targetRows) {
        this.targetRows = targetRows;
    }

    public long targetRows() {
        return targetRows;
    }

    public double generatorScale() {
        return targetRows / ROWS_AT_SCALE_ONE;
    }
}
