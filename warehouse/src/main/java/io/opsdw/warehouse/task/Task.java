package io.opsdw.warehouse.task;

/** A unit of work run under the operating contract (cli.TaskRunner): a command, or a whole month (pipeline.MonthlyRun). */
@FunctionalInterface
public interface Task {
    TaskOutcome perform(TaskContext context) throws Exception;
}
