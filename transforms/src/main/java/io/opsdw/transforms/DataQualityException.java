package io.opsdw.transforms;

import io.opsdw.transforms.quality.CheckHints;
import io.opsdw.transforms.quality.DqResult;
import java.util.List;
import java.util.stream.Collectors;

/** An error-severity data-quality check failed; dq_results has been written. The message is one line. */
public final class DataQualityException extends RuntimeException {

    private final transient List<DqResult> failures;
    private final transient TransformReport report;

    public DataQualityException(List<DqResult> failures, TransformReport report) {
        super(message(failures));
        this.failures = List.copyOf(failures);
        this.report = report;
    }

    public List<DqResult> failures() {
        return failures;
    }

    public TransformReport report() {
        return report;
    }

    private static String message(List<DqResult> failures) {
        return "data-quality check(s) failed: " + failures.stream()
                .map(f -> f.model() + "." + f.checkName() + " (" + f.failingRows() + " rows, e.g. "
                        + String.join(", ", f.sampleKeys()) + ")"
                        + CheckHints.hint(f.checkName()).map(h -> ": " + h).orElse(""))
                .collect(Collectors.joining("; "));
    }
}
