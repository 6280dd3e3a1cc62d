package io.opsdw.warehouse.cli;

import io.opsdw.ingest.layout.LakeLayout;
import io.opsdw.warehouse.ledger.LedgerEntry;
import io.opsdw.warehouse.ledger.RunLedger;
import io.opsdw.warehouse.pipeline.MonthlyRun;
import io.opsdw.warehouse.pipeline.Inbox;
import io.opsdw.warehouse.pipeline.ReportStage;
import io.opsdw.warehouse.schedule.SchedulePlan;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        header = "Keep running and start the monthly job on a cron schedule (embedded scheduler).",
        description = "Each firing runs the monthly job for the month before the firing (default: 06:00 on the 1st). On start it first catches up months whose firing was missed while it was down. Every run is recorded in the ledger; a run that finds another one holding the lock is retried next time.")
public class ScheduleCommand implements Callable<Integer> {

    @Mixin HomeOptions home;
    @Mixin InputOptions input;
    @Mixin ReportOptions reports;

    @Option(names = "--cron", paramLabel = "EXPR", description = "Spring cron (s m h dom mon dow). Default: dw.schedule.cron (0 0 6 1 * *).")
    String cron;

    @Option(names = "--catch-up", paramLabel = "MONTHS", description = "Months back to check for missed runs on start. Default: dw.schedule.catch-up-months (3).")
    Integer catchUp;

    @Option(names = "--max-runs", defaultValue = "0", paramLabel = "N", description = "Stop after N scheduled runs (0 = run until stopped).")
    int maxRuns;

    private final TaskRunner runner;
    private final MonthlyRun monthly;
    private final Console console;
    private final Clock clock;
    private final io.opsdw.warehouse.config.DwSettings settings;

    public ScheduleCommand(TaskRunner runner, MonthlyRun monthly, Console console, Clock clock, io.opsdw.warehouse.config.DwSettings settings) {
        this.runner = runner;
        this.monthly = monthly;
        this.console = console;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public Integer call() throws InterruptedException {
        SchedulePlan plan;
        try {
            plan = new SchedulePlan(cron != null ? cron : settings.schedule().cron());
        } catch (IllegalArgumentException e) {
            console.error(e.getMessage());
            return ExitCodes.USAGE;
        }
        LakeLayout lake = new LakeLayout(runner.resolveHome(home)); // home only: the ledger, the warehouse file
        ZonedDateTime now = ZonedDateTime.now(clock);
        int months = catchUp != null ? catchUp : settings.schedule().catchUpMonths();
        for (YearMonth missed : plan.missed(now, months, donePeriods(lake))) {
            console.line("schedule: catching up " + missed + " (its run was missed)");
            runMonth(missed);
        }
        int runs = 0;
        while (maxRuns == 0 || runs < maxRuns) {
            ZonedDateTime next = plan.nextFiring(ZonedDateTime.now(clock));
            console.line("schedule: next run " + next + " for " + SchedulePlan.periodOf(next));
            sleepUntil(next);
            runMonth(SchedulePlan.periodOf(next));
            runs++;
        }
        return ExitCodes.OK;
    }

    private int runMonth(YearMonth period) {
        return runner.run("run", period, home, true, ctx -> {
            ctx.progress().plan(4);
            return monthly.run(ctx, period,
                input.input().orElse(Inbox.of(ctx)), input.mapping(), reports.selection());
        });
    }

    private Set<YearMonth> donePeriods(LakeLayout lake) {
        return new RunLedger(lake.ledgerDir()).entries().stream()
                .filter(e -> "run".equals(e.task()) && e.period() != null && ("ok".equals(e.status()) || "nothing_to_do".equals(e.status())))
                .map(LedgerEntry::period)
                .map(YearMonth::parse)
                .collect(Collectors.toSet());
    }

    private void sleepUntil(ZonedDateTime when) throws InterruptedException {
        while (true) {
            long millis = Duration.between(ZonedDateTime.now(clock), when).toMillis();
            if (millis <= 0) {
                return;
            }
            Thread.sleep(Math.min(millis, 60_000));
        }
    }
}
