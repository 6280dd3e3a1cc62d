package io.opsdw.transforms;

import io.opsdw.transforms.quality.DqResult;
import java.time.YearMonth;
import java.util.List;

/**
 * Outcome of transforming one period: rows per model and the data-quality summary. {@link #nothingToDo()} is set
 * when no operational raw data exists for the period (the CLI exits 99); {@link #rederived()} names the later periods
 * whose facts were re-derived after it.
 */
public record TransformReport(List<ModelResult> models, List<DqResult> checks, boolean nothingToDo, List<YearMonth> rederived) {

    public TransformReport {
        models = List.copyOf(models);
        checks = List.copyOf(checks);
        rederived = List.copyOf(rederived);
    }

    public TransformReport(List<ModelResult> models, List<DqResult> checks, boolean nothingToDo) {
        this(models, checks, nothingToDo, List.of());
    }

    public TransformReport(List<ModelResult> models) {
        this(models, List.of(), false);
    }

    public static TransformReport nothing() {
        return new TransformReport(List.of(), List.of(), true);
    }

    /** The later periods whose facts were re-derived against the updated dimensions. */
    TransformReport withRederived(List<YearMonth> periods) {
        return new TransformReport(models, checks, nothingToDo, periods);
    }

    public long rowsWritten(String model) {
        return models.stream().filter(m -> m.model().equals(model)).mapToLong(ModelResult::rowsWritten).sum();
    }

    public long checksPassed() {
        return checks.stream().filter(DqResult::passed).count();
    }

    /** Failed checks of severity warn (recorded, not blocking). */
    public long checksWarned() {
        return checks.stream().filter(c -> !c.passed() && !c.stopsPublishing()).count();
    }

    /** Failed checks of severity error (block publishing). */
    public long checksFailed() {
        return checks.stream().filter(DqResult::stopsPublishing).count();
    }
}
