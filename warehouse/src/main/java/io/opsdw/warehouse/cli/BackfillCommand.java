package io.opsdw.warehouse.cli;

import io.opsdw.warehouse.pipeline.MonthlyRun;
import io.opsdw.warehouse.pipeline.ReportStage;
import io.opsdw.warehouse.task.TaskOutcome;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backfill", mixinStandardHelpOptions = true,
        header = "Run the monthly job for a range of months, oldest first.",
        description = "Stops at the first month that fails; the months done before it stay published. Months without exports are skipped (and reported). "
                + "An export spanning the months (one file, rows of many months): dw ingest --all-periods --input FILE_DIR, then dw backfill --from-lake.")
public class BackfillCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin HomeOptions home;
    @Mixin InputOptions input;
    @Mixin ReportOptions reports;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM", description = "First month.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM", description = "Last month (inclusive).")
    String to;

    @Option(names = "--from-lake", description = "Do not ingest: transform, publish and report the months already landed "
            + "(after dw ingest --all-periods landed an export spanning them); months with nothing landed are skipped.")
    boolean fromLake;

    private final TaskRunner runner;
    private final MonthlyRun monthly;

    public BackfillCommand(TaskRunner runner, MonthlyRun monthly) {
        this.runner = runner;
        this.monthly = monthly;
    }

    @Override
    public Integer call() {
        YearMonth first = PeriodOptions.parseMonth(spec, from, "--from");
        YearMonth last = PeriodOptions.parseMonth(spec, to, "--to");
        if (last.isBefore(first)) {
            throw new ParameterException(spec.commandLine(), "--to must not be before --from");
        }
        if (fromLake && input.input().isPresent()) {
            throw new ParameterException(spec.commandLine(), "--from-lake reads no exports: drop --input (dw ingest --all-periods --input lands them)");
        }
        ReportStage.Selection selection = reports.selection();
        return runner.run("backfill", null, home, true, ctx -> {
            ctx.progress().plan(4L * (java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1));
            List<String> done = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            TaskOutcome total = TaskOutcome.ok();
            for (YearMonth p = first; !p.isAfter(last); p = p.plusMonths(1)) {
                ctx.console().line("── " + p + " ──");
                TaskOutcome month;
                try {
                    month = (fromLake ? monthly.runLanded(ctx, input.month(p, selection))
                            : monthly.run(ctx, input.month(p, selection))).outcome();
                } catch (RuntimeException e) {
                    throw new BackfillStopped(p, done, e);
                }
                if (month.status() == TaskOutcome.Status.NOTHING_TO_DO) {
                    skipped.add(p.toString());
                    ctx.console().line("nothing to do for " + p + (fromLake ? " (nothing landed)" : " (no exports)"));
                } else {
                    done.add(p.toString());
                    total.merge(month);
                }
            }
            if (done.isEmpty()) {
                return TaskOutcome.nothingToDo("no exports for any month from " + first + " to " + last);
            }
            return total.detail("months_done", done).detail("months_skipped", skipped);
        });
    }

    /** The month that failed, and what was finished before it. */
    static class BackfillStopped extends RuntimeException {
        BackfillStopped(YearMonth month, List<String> done, RuntimeException cause) {
            super("backfill stopped at " + month + " (" + io.opsdw.warehouse.cli.OneLine.of(cause) + "); months done and published: "
                    + (done.isEmpty() ? "none" : String.join(", ", done)), cause);
        }
    }
}
