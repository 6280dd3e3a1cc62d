package io.opsdw.warehouse.cli;

import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.reports.ReportPeriod;
import io.opsdw.warehouse.ledger.LedgerEntry;
import io.opsdw.warehouse.ledger.RunLedger;
import io.opsdw.warehouse.query.QueryResult;
import io.opsdw.warehouse.query.ResultFormatter;
import io.opsdw.warehouse.task.Console;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "history", mixinStandardHelpOptions = true,
        header = "Print the run ledger.",
        description = "Print the run ledger: every task run with its period, status, row counts and time.")
public class HistoryCommand implements Callable<Integer> {

    @Mixin HomeOptions home;

    @Option(names = "--period", paramLabel = "YYYY-MM|YYYY-Hn|YYYY",
            description = "Only runs for this period: a month, or a half-year / year of dw report --period 2026-H1 / 2026.")
    String period;

    @Option(names = "--last", defaultValue = "30", paramLabel = "N", description = "Show the last N runs (default: ${DEFAULT-VALUE}).")
    int last;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    ResultFormatter.Format format;

    private final TaskRunner runner;
    private final Console console;

    public HistoryCommand(TaskRunner runner, Console console) {
        this.runner = runner;
        this.console = console;
    }

    @Override
    public Integer call() {
        LakeLayout lake = new LakeLayout(runner.resolveHome(home)); // home only: the ledger, the warehouse file
        String period;
        try {
            period = this.period == null ? null : ReportPeriod.parse(this.period).toString(); // 2026-h1 is 2026-H1
        } catch (IllegalArgumentException e) {
            console.error("--period: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<LedgerEntry> entries = new RunLedger(lake.ledgerDir()).entries().stream()
                .filter(e -> period == null || period.equals(e.period()))
                .toList();
        List<LedgerEntry> shown = entries.subList(Math.max(0, entries.size() - last), entries.size());
        List<List<Object>> rows = new ArrayList<>();
        for (LedgerEntry e : shown) {
            rows.add(java.util.Arrays.asList(e.startedAt(), e.runId(), e.task(), e.period(), e.status(), e.rowsIn(), e.accepted(),
                    e.quarantined(), seconds(e), e.message()));
        }
        console.line(ResultFormatter.format(new QueryResult(List.of("started_at", "run_id", "task", "period", "status", "rows_in",
                "accepted", "quarantined", "seconds", "message"), rows), format));
        return ExitCodes.OK;
    }

    private static Object seconds(LedgerEntry e) {
        try {
            return java.time.Duration.between(java.time.Instant.parse(e.startedAt()), java.time.Instant.parse(e.endedAt())).toMillis() / 1000.0;
        } catch (RuntimeException unparsable) {
            return null;
        }
    }
}
