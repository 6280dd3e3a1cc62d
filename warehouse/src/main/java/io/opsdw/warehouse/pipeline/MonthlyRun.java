package io.opsdw.warehouse.pipeline;

import io.opsdw.warehouse.lineage.LineageRun;
import io.opsdw.warehouse.task.Task;
import io.opsdw.warehouse.task.TaskContext;
import io.opsdw.warehouse.task.TaskOutcome;
import java.nio.file.Path;
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

    /** Each stage's typed result; after an ingest that found nothing to do, the later ones are empty. */
    public record Result(IngestStage.Ingested ingested, Optional<TransformStage.Transformed> transformed,
                         Optional<PublishStage.Published> published, Optional<ReportStage.Rendered> rendered) {

        /** The stages' outcomes folded into one, for the task's summary line and ledger. */
        public TaskOutcome outcome() {
            if (ingested.nothingToDo()) {
                return ingested.outcome();
            }
            TaskOutcome outcome = TaskOutcome.ok().merge(ingested.outcome());
            transformed.ifPresent(t -> outcome.merge(t.outcome()));
            published.ifPresent(p -> outcome.merge(p.outcome()));
            rendered.ifPresent(r -> outcome.merge(r.outcome()));
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
            return new Result(ingested, Optional.empty(), Optional.empty(), Optional.empty());
        }
        TransformStage.Transformed transformed = stage(context, wrapper, "transform", () -> transform.run(context, period));
        PublishStage.Published published = stage(context, wrapper, "publish", () -> publish.run(context, period));
        Optional<ReportStage.Rendered> rendered = month.reports()
                .map(selection -> stage(context, wrapper, "report", () -> report.run(context, period, selection)));
        return new Result(ingested, Optional.of(transformed), Optional.of(published), rendered);
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
