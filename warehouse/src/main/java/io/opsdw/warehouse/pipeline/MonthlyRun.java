package io.opsdw.warehouse.pipeline;

import io.opsdw.ingest.IngestReport;
import io.opsdw.lakecontract.LakeFs;
import io.opsdw.warehouse.lineage.LineageRun;
import io.opsdw.warehouse.task.Task;
import io.opsdw.warehouse.task.TaskContext;
import io.opsdw.warehouse.task.TaskOutcome;
import io.opsdw.reports.ReportPeriod;
import io.opsdw.warehouse.completeness.IncompleteMonthException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The whole monthly job for one period, in one Spark session: ingest -> transform -> publish -> report. The only place
 * that sequences the stages: dw run, backfill, demo, the embedded schedule and the bench all come here.
 */
@Component
public class MonthlyRun {

    /**
     * A month to run: its exports in {@code input} (empty: the home's inbox), an optional header mapping, and the reports
     * to render (empty: none, the job stops after publishing).
     */
    public record Month(YearMonth period, Optional<Path> input, Optional<Path> mapping, Optional<ReportStage.Selection> reports) {
    }

    /**
     * Each stage's typed result; after an ingest that found nothing to do, the later ones are empty. {@code closingReports}:
     * the half-year / annual reports June's and December's run rendered or held back, one line each.
     */
    public record Result(IngestStage.Ingested ingested, Optional<TransformStage.Transformed> transformed,
                         Optional<PublishStage.Published> published, Optional<ReportStage.Rendered> rendered,
                         List<String> closingReports) {

        /** The stages' outcomes folded into one, for the task's summary line and ledger. */
        public TaskOutcome outcome() {
            if (ingested.nothingToDo()) {
                return ingested.outcome();
            }
            TaskOutcome outcome = TaskOutcome.ok().merge(ingested.outcome());
            transformed.ifPresent(t -> outcome.merge(t.outcome()));
            published.ifPresent(p -> outcome.merge(p.outcome()));
            rendered.ifPresent(r -> outcome.merge(r.outcome()));
            if (!closingReports.isEmpty()) {
                outcome.detail("closing_reports", closingReports);
            }
            return outcome;
        }
    }

    /** Wraps each stage, e.g. to measure it (the bench); {@link #PLAIN} just runs it. */
    public interface StageWrapper {
        <R extends StageOutput> R run(String stage, Supplier<R> body);
    }

    public static final StageWrapper PLAIN = new StageWrapper() {
        @Override
        public <R extends StageOutput> R run(String stage, Supplier<R> body) {
            return body.get();
        }
    };

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

    /** A task running one month (its progress bar planned for the four stages): what dw run and the schedule run. */
    public Task task(Month month) {
        return context -> {
            context.progress().plan(4);
            return run(context, month).outcome();
        };
    }

    public Result run(TaskContext context, Month month) {
        return run(context, month, PLAIN);
    }

    public Result run(TaskContext context, Month month, StageWrapper wrapper) {
        YearMonth period = month.period();
        Path input = month.input().orElseGet(() -> Inbox.of(context));
        IngestStage.Ingested ingested = stage(context, wrapper, "ingest",
                () -> ingest.run(context, period, input, Optional.empty(), month.mapping()));
        if (ingested.nothingToDo()) {
            return new Result(ingested, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        }
        return afterIngest(context, month, wrapper, ingested);
    }

    /**
     * A month already landed (dw ingest --all-periods, then dw backfill --from-lake): transform, publish and report it
     * without reading exports again; nothing to do when the lake holds no manifest for it.
     */
    public Result runLanded(TaskContext context, Month month) {
        YearMonth period = month.period();
        LakeFs fs = context.lakeFs();
        List<String> landed = fs.list(context.lake().manifestsZone()).stream()
                .map(status -> status.getPath().getName())
                .filter(source -> fs.exists(context.lake().manifest(source, period)))
                .toList();
        if (landed.isEmpty()) {
            return new Result(new IngestStage.Ingested(new IngestReport(List.of()),
                    TaskOutcome.nothingToDo("nothing landed for " + period + " in the lake")), Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of());
        }
        context.progress().step("ingest");
        context.console().line("landed before: " + String.join(", ", landed) + " (not read again)");
        return afterIngest(context, month, PLAIN, new IngestStage.Ingested(new IngestReport(List.of()), TaskOutcome.ok()));
    }

    private Result afterIngest(TaskContext context, Month month, StageWrapper wrapper, IngestStage.Ingested ingested) {
        YearMonth period = month.period();
        TransformStage.Transformed transformed = stage(context, wrapper, "transform", () -> transform.run(context, period));
        PublishStage.Published published = stage(context, wrapper, "publish", () -> publish.run(context, period));
        Optional<ReportStage.Rendered> rendered = month.reports()
                .map(selection -> stage(context, wrapper, "report", () -> report.run(context, period, selection)));
        List<String> closing = new ArrayList<>();
        month.reports().ifPresent(selection -> {
            for (ReportPeriod closed : ReportPeriod.closedBy(period)) {
                closing.add(closingReports(context, wrapper, closed, selection));
            }
        });
        return new Result(ingested, Optional.of(transformed), Optional.of(published), rendered, List.copyOf(closing));
    }

    /**
     * June's and December's run also renders the half-year / annual reports the month completes (DOMAIN.md 10.3). A
     * longer period with a month missing exports is held back with a note instead of failing the month, which is
     * complete: {@code dw report --period 2026-H1 [--allow-partial]} renders it once the exports are in.
     */
    private String closingReports(TaskContext context, StageWrapper wrapper, ReportPeriod closed, ReportStage.Selection reports) {
        try {
            stage(context, wrapper, "report " + closed, () -> report.run(context, closed, reports));
            return closed + ": rendered";
        } catch (IncompleteMonthException e) {
            context.console().line("note: " + closed + " reports held back: " + e.getMessage());
            return closed + ": held back, exports missing";
        }
    }

    /** One stage as a child lineage run of the task: what it read and wrote, or why it failed. */
    private static <R extends StageOutput> R stage(TaskContext context, StageWrapper wrapper, String name, Supplier<R> stage) {
        LineageRun run = context.lineage().child(name);
        try {
            R result = wrapper.run(name, stage);
            run.complete(result.outcome().lineageInputs(), result.outcome().lineageOutputs());
            return result;
        } catch (RuntimeException e) {
            run.fail(String.valueOf(e.getMessage()));
            throw e;
        }
    }
}
