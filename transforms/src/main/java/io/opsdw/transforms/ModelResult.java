package io.opsdw.transforms;

/** What one model produced in a run: rows written (staging views report the rows they hold). */
public record ModelResult(String model, String materialization, long rowsWritten) {
}
