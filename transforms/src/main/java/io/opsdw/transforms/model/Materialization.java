package io.opsdw.transforms.model;

/**
 * How a model is kept. {@code view}: a temp view only (staging). {@code dimension}: rebuilt whole from all
 * periods. {@code fact}: partitioned by period, only the run's period rewritten. {@code system}: written by the
 * runner itself (dq_results), documented like a model.
 */
public enum Materialization {
    VIEW, DIMENSION, FACT, SYSTEM;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean published() {
        return this != VIEW;
    }
}
