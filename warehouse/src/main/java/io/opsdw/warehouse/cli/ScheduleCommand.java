package io.opsdw.warehouse.cli;

import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.config.DwSettings;
import io.opsdw.warehouse.delivery.OperatorAlerts;
import io.opsdw.warehouse.ledger.LedgerEntry;
import io.opsdw.warehouse.ledger.RunLedger;
import io.opsdw.warehouse.pipeline.MonthlyRun;
import io.opsdw.warehouse.schedule.SchedulePlan;
import io.opsdw.warehouse.task.Console;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        header = "Keep running and start the monthly job on a cron schedule (embedded scheduler).",
        description = {"Each firing runs the monthly job for the month before the firing (default: 06:00 on the 1st), with the cron read in "
                + "dw.time-zone (default Asia/Shanghai), not the server's zone. On start it first catches up months whose firing was missed "
                + "while it was down.",
                "A failed run is tried again after dw.schedule.retry-delay (30m), doubling up to dw.schedule.max-retry-delay (6h), until "
                + "the next firing; every failed attempt is mailed to dw.mail.operators with its one-line error and run id. Every run is "
                + "recorded in the ledger; reports already mailed for a month are not mailed again (delivery ledger) unless --resend."})
public class ScheduleCommand implements Callable<Integer> {

    @Mixin HomeOptions home;
    @Mixin InputOptions input;
    @Mixin ReportOptions reports;

    @Option(names = "--cron", paramLabel = "EXPR", description = "Spring cron (s m h dom mon dow) in dw.time-zone. Default: dw.schedule.cron (0 0 6 1 * *).")
    String cron;

    @Option(names = "--catch-up", paramLabel = "MONTHS", description = "Months back to check for missed runs on start. Default: dw.schedule.catch-up-months (3).")
    Integer catchUp;

    @Option(names = "--max-runs", defaultValue = "0", paramLabel = "N", description = "Stop after N monthly runs, catch-up runs included (0 = run until stopped).")
    int maxRuns;

    private final TaskRunner runner;
    private final MonthlyRun monthly;
    private final Console console;
    private final Clock clock;
    private final DwSettings settings;
    private final OperatorAlerts alerts;

    public ScheduleCommand(TaskRunner runner, MonthlyRun monthly, Console console, Clock clock, DwSettings settings, OperatorAlerts alerts) {
        this.runner = runner;
        this.monthly = monthly;
        this.console = console;
        this.clock = clock;
        this.settings = settings;
        this.alerts = alerts;
    }

    @Override
    public Integer call() throws InterruptedException {
        SchedulePlan plan;
        try {
            plan = new SchedulePlan(cron != null ? cron : settings.schedule().cron(), settings.timeZone());
        } catch (IllegalArgumentException e) {
            console.error(e.getMessage());
            return ExitCodes.USAGE;
        }
        LakeLayout lake = new LakeLayout(runner.resolveHome(home)); // home only: the ledger, the warehouse file
        ZonedDateTime now = now(plan);
        int months = catchUp != null ? catchUp : settings.schedule().catchUpMonths();
        int runs = 0;
        for (YearMonth missed : plan.missed(now, months, donePeriods(lake))) {
            if (maxRuns > 0 && runs >= maxRuns) {
                return ExitCodes.OK;
            }
            console.line("schedule: catching up " + missed + " (its run was missed)");
            runMonth(plan, missed, plan.nextFiring(now), lake);
            runs++;
        }
        while (maxRuns == 0 || runs < maxRuns) {
            ZonedDateTime next = plan.nextFiring(now(plan));
            console.line("schedule: next run " + next + " for " + plan.periodOf(next));
            sleepUntil(next);
            runMonth(plan, plan.periodOf(next), plan.nextFiring(next), lake);
            runs++;
        }
        return ExitCodes.OK;
    }

    /** Runs a month, and after a failure tries again with backoff until {@code deadline} (the next firing). */
    private void runMonth(SchedulePlan plan, YearMonth period, ZonedDateTime deadline, LakeLayout lake) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            TaskRunner.Result result = runner.runForResult("run", period, home, true, monthly.task(input.month(period, reports.selection())));
            if (result.succeeded()) {
                return;
            }
            Optional<ZonedDateTime> retryAt = SchedulePlan.retryAt(now(plan), attempt, settings.schedule().retryDelay(),
                    settings.schedule().maxRetryDelay(), deadline);
            alerts.runFailed(new OperatorAlerts.FailedRun(period, result.runId(), result.exitCode(), result.error(), attempt, retryAt,
                    lake.home().toString())).ifPresent(problem -> console.line("schedule: " + problem));
            if (retryAt.isEmpty()) {
                console.line("schedule: " + period + " failed " + attempt + (attempt == 1 ? " time" : " times")
                        + "; no further try before the next scheduled run (" + deadline + ")");
                return;
            }
            console.line("schedule: " + period + " failed (exit " + result.exitCode() + "); trying again at " + retryAt.get());
            sleepUntil(retryAt.get());
        }
    }

    private ZonedDateTime now(SchedulePlan plan) {
        return ZonedDateTime.now(clock).withZoneSameInstant(plan.zone());
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
