package io.opsdw.transforms.quality;

import io.opsdw.transforms.model.Severity;
import java.util.List;

/** The outcome of one data-quality check: one row of dq_results (without run id, period and time). */
public record DqResult(String model, String checkName, Severity severity, boolean passed, long failingRows,
                       List<String> sampleKeys) {

    public DqResult {
        sampleKeys = List.copyOf(sampleKeys);
    }

    public String status() {
        return passed ? "pass" : "fail";
    }

    public boolean stopsPublishing() {
        return !passed && severity == Severity.ERROR;
    }
}
