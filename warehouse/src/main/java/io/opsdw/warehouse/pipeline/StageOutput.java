package io.opsdw.warehouse.pipeline;

import io.opsdw.warehouse.task.TaskOutcome;

/**
 * A stage's typed result: what the stage itself produced (for a caller that acts on it, e.g. the bench counting rows)
 * and the {@link TaskOutcome} it contributes to the task's summary line, ledger entry and lineage.
 */
public interface StageOutput {
    TaskOutcome outcome();
}
