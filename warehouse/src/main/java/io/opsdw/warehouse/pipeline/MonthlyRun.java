package io.opsdw.warehouse.pipeline;

import io.opsdw.warehouse.task.TaskContext;
import io.opsdw.warehouse.task.TaskOutcome;
import io.opsdw.reports.ReportPeriod;
import io.opsdw.warehouse.completeness.IncompleteMonthException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<String> closing = new ArrayList<>();
        for (ReportPeriod closed : ReportPeriod.closedBy(period)) {
            closing.addAll(closingReports(context, closed, reports));
        }
        if (!closing.isEmpty()) {
            outcome.detail("closing_reports", closing);
        }
        return outcome;
    }

    /**
     * June's and December's run also renders the half-year / annual reports the month completes (DOMAIN.md 10.3). A
     * longer period with a month missing exports is held back with a note instead of failing the month, which is
     * complete: {@code dw report --period 2026-H1 [--allow-partial]} renders it once the exports are in.
     */
    private List<String> closingReports(TaskContext context, ReportPeriod closed, ReportStage.Selection reports) {
        try {
            stage(context, "report " + closed, () -> report.run(context, closed, reports));
            return List.of(closed + ": rendered");
        } catch (IncompleteMonthException e) {
            context.console().line("note: " + closed + " reports held back: " + e.getMessage());
            return List.of(closed + ": held back, exports missing");
        }
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
