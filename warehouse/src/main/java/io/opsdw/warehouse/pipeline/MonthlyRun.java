package io.opsdw.warehouse.pipeline;

import io.opsdw.warehouse.task.TaskContext;
import io.opsdw.warehouse.task.TaskOutcome;
import java.nio.file.Path;
import java.time.YearMonth;
import io.opsdw.warehouse.lineage.LineageRun;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** The whole monthly job for one period, in one Spark session: ingest -> transform -> publish -> report. */
@Component
public class MonthlyRun {

    private final IngestStage ingest;
    private final TransformStage transform;
    private final PublishStage publish;
    private final ReportStage report;

    public MonthlyRun(IngestStage ingest, TransformStage transform, PublishStage publish, ReportStage report) {
        this.ingest = ingest;
        this.transform = transform;
        this.publish = publish;
        this.report = report;
    }

    public TaskOutcome run(TaskContext context, YearMonth period, Path input, Optional<Path> mapping, ReportStage.Selection reports) {
        TaskOutcome ingested = stage(context, "ingest", () -> ingest.run(context, period, input, Optional.empty(), mapping));
        if (ingested.status() == TaskOutcome.Status.NOTHING_TO_DO) {
            return ingested;
        }
        TaskOutcome outcome = TaskOutcome.ok().merge(ingested);
        outcome.merge(stage(context, "transform", () -> transform.run(context, period)));
        outcome.merge(stage(context, "publish", () -> publish.run(context, period)));
        outcome.merge(stage(context, "report", () -> report.run(context, period, reports)));
        return outcome;
    }

    /** One stage as a child lineage run of the task: what it read and wrote, or why it failed. */
    private static TaskOutcome stage(TaskContext context, String name, Supplier<TaskOutcome> stage) {
        LineageRun run = context.lineage().child(name);
        try {
            TaskOutcome outcome = stage.get();
            run.complete(outcome.lineageInputs(), outcome.lineageOutputs());
            return outcome;
        } catch (RuntimeException e) {
            run.fail(String.valueOf(e.getMessage()));
            throw e;
        }
    }
}
