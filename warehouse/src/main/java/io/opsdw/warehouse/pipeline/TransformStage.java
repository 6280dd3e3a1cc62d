package io.opsdw.warehouse.pipeline;

import io.opsdw.transforms.TransformJob;
import io.opsdw.transforms.TransformReport;
import io.opsdw.warehouse.cli.TaskContext;
import io.opsdw.warehouse.cli.TaskOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.springframework.stereotype.Component;

/** dw transform: raw Parquet of a period -> star schema marts and data-quality results. */
@Component
public class TransformStage {

    public TaskOutcome run(TaskContext context, YearMonth period) {
        Instant start = Instant.now();
        context.progress().step("transform");
        TransformJob job = new TransformJob(context.spark().get(), context.lake());
        TransformReport report = job.run(period, context.runId());
        if (report.nothingToDo()) {
            return TaskOutcome.nothingToDo("no ingested data for " + period + "; run `dw ingest --period " + period + "` first");
        }
        // SCD2 dimensions are rebuilt from every snapshot, so a period transformed after later ones (a backfill, a
        // late export) can split a version those later periods' facts already point to (e.g. a customer's first
        // version, valid from 1900, becomes September's membership and October gets a new version). Re-derive the
        // later fact partitions so that the warehouse does not depend on the order the months were run in.
        for (YearMonth later : laterFactPeriods(context.lake().martsRoot(), period)) {
            job.run(later, context.runId());
            context.console().line("          re-derived " + later + " facts against the updated dimensions");
        }
        long factRows = report.models().stream().filter(m -> m.model().startsWith("fact_")).mapToLong(m -> m.rowsWritten()).sum();
        String summary = report.models().size() + " models, " + io.opsdw.warehouse.cli.Console.count(factRows) + " fact rows, checks "
                + report.checksPassed() + " passed / " + report.checksWarned() + " warned / " + report.checksFailed() + " failed";
        context.console().stage("transform", "star schema", summary, Duration.between(start, Instant.now()));
        return TaskOutcome.ok().output(context.lake().martsRoot()).detail("checks_warned", report.checksWarned());
    }

    static java.util.SortedSet<YearMonth> laterFactPeriods(java.nio.file.Path marts, YearMonth period) {
        java.util.SortedSet<YearMonth> out = new java.util.TreeSet<>();
        if (!java.nio.file.Files.isDirectory(marts)) {
            return out;
        }
        try (var tables = java.nio.file.Files.list(marts)) {
            for (java.nio.file.Path t : tables.filter(p -> p.getFileName().toString().startsWith("fact_")).toList()) {
                try (var parts = java.nio.file.Files.list(t)) {
                    parts.map(p -> p.getFileName().toString()).filter(n -> n.matches("period=\\d{4}-\\d{2}"))
                            .map(n -> YearMonth.parse(n.substring("period=".length())))
                            .filter(p -> p.isAfter(period)).forEach(out::add);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
