package io.opsdw.warehouse.pipeline;

import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.transforms.TransformJob;
import io.opsdw.transforms.TransformReport;
import io.opsdw.warehouse.task.Console;
import io.opsdw.warehouse.task.TaskContext;
import io.opsdw.warehouse.task.TaskOutcome;
import io.opsdw.warehouse.lineage.LineageDataset;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.springframework.stereotype.Component;

/** dw transform: raw Parquet of a period -> star schema marts and data-quality results. */
@Component
public class TransformStage {

    /** The transform job's report (models, checks, periods re-derived) and the task outcome. */
    public record Transformed(TransformReport report, TaskOutcome outcome) implements StageOutput {
    }

    public Transformed run(TaskContext context, YearMonth period) {
        Instant start = Instant.now();
        context.progress().step("transform");
        TransformJob job = new TransformJob(context.spark().get(), context.lake(),
                context.settings().transform().calendarMarginYears());
        TransformReport report = job.run(period, context.runId());
        if (report.nothingToDo()) {
            return new Transformed(report, TaskOutcome.nothingToDo("no ingested data for " + period + "; run `dw ingest --period " + period + "` first"));
        }
        for (YearMonth later : report.rederived()) {
            context.console().line("          re-derived " + later + " facts against the updated dimensions");
        }
        long factRows = report.models().stream().filter(m -> m.model().startsWith("fact_")).mapToLong(m -> m.rowsWritten()).sum();
        String summary = report.models().size() + " models, " + io.opsdw.warehouse.task.Console.count(factRows) + " fact rows, checks "
                + report.checksPassed() + " passed / " + report.checksWarned() + " warned / " + report.checksFailed() + " failed";
        context.console().stage("transform", "star schema", summary, Duration.between(start, Instant.now()));
        TaskOutcome outcome = TaskOutcome.ok().output(LakeLayout.display(context.lake().martsRoot())).detail("checks_warned", report.checksWarned());
        // read: the period's raw partitions (dimensions also read earlier snapshots); wrote: each mart, facts per period
        io.opsdw.lakecontract.LakeFs fs = context.lakeFs();
        for (io.opsdw.lakecontract.contract.SourceContract c : io.opsdw.lakecontract.contract.ContractRegistry.load().all()) {
            if (fs.exists(context.lake().raw(c.source(), period))) {
                outcome.read(LineageDataset.of(context.lake().raw(c.source(), period)));
            }
        }
        for (io.opsdw.transforms.ModelResult m : report.models()) {
            outcome.wrote(LineageDataset.of("fact".equals(m.materialization()) ? context.lake().martPartition(m.model(), period)
                    : context.lake().mart(m.model())));
        }
        return new Transformed(report, outcome);
    }
}
