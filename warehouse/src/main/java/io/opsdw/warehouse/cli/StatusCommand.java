package io.opsdw.warehouse.cli;

import io.opsdw.warehouse.completeness.CompletenessReport;
import io.opsdw.warehouse.completeness.CompletenessReport.SiteSource;
import io.opsdw.warehouse.completeness.CompletenessReport.SiteStatus;
import io.opsdw.warehouse.completeness.CompletenessReport.SourceArrival;
import io.opsdw.warehouse.completeness.MonthCompleteness;
import io.opsdw.warehouse.query.QueryResult;
import io.opsdw.warehouse.query.ResultFormatter;
import io.opsdw.warehouse.task.Console;
import io.opsdw.warehouse.task.TaskOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true,
        header = "Show what arrived for a month, per site and source, and what is missing.",
        description = {"Per source: files, rows read, accepted and quarantined (with the top reasons), from the ingest manifests. "
                + "Per site of the month's sites master: the accepted rows of every source, and which expected ones are missing "
                + "(what each business line must deliver is dw.completeness in application.yml).",
                "Exit 0 when the month is complete, 65 when something is missing (reports are then held back)."})
public class StatusCommand implements Callable<Integer> {

    @Mixin HomeOptions home;
    @Mixin PeriodOptions period;

    @Option(names = "--json", description = "Print only the JSON line, with the whole status under \"completeness\".")
    boolean json;

    private final TaskRunner runner;
    private final MonthCompleteness completeness;

    public StatusCommand(TaskRunner runner, MonthCompleteness completeness) {
        this.runner = runner;
        this.completeness = completeness;
    }

    @Override
    public Integer call() {
        var p = period.period(runner.zone());
        return runner.run("status", p, home, false, ctx -> {
            ctx.progress().step("reading the manifests and raw partitions");
            CompletenessReport report = completeness.check(ctx, p);
            if (!json) {
                print(ctx.console(), report);
            }
            TaskOutcome outcome = TaskOutcome.ok().detail("complete", report.complete()).detail("missing", report.gaps());
            if (json) {
                outcome.detail("completeness", report);
            }
            return report.complete() ? outcome : outcome.incomplete(CompletenessReport.describe(p, report.gaps()));
        });
    }

    private static void print(Console console, CompletenessReport report) {
        console.line("Exports of " + report.period() + (report.sitesSnapshot() == null ? "" : ", sites from the "
                + report.sitesSnapshot() + " sites master") + ":");
        List<List<Object>> sources = new ArrayList<>();
        for (SourceArrival s : report.sources()) {
            sources.add(s.arrived()
                    ? List.of(s.source(), s.files(), s.rowsRead(), s.accepted(), s.quarantined(), topReasons(s.quarantinedByReason()))
                    : List.of(s.source(), "MISSING", "", "", "", ""));
        }
        console.line(ResultFormatter.format(new QueryResult(List.of("source", "files", "rows read", "accepted", "quarantined",
                "top quarantine reasons"), sources), ResultFormatter.Format.TABLE));
        if (!report.sites().isEmpty()) {
            List<String> columns = new ArrayList<>(List.of("site", "name", "business line"));
            report.sites().get(0).sources().forEach(s -> columns.add(s.source()));
            List<List<Object>> rows = new ArrayList<>();
            for (SiteStatus site : report.sites()) {
                List<Object> row = new ArrayList<>(List.of(site.siteCode(), site.siteName(), String.valueOf(site.businessLine())));
                site.sources().forEach(s -> row.add(cell(s)));
                rows.add(row);
            }
            console.line("");
            console.line("Accepted rows per site (MISSING: the site must deliver it and none arrived; -: none):");
            console.line(ResultFormatter.format(new QueryResult(columns, rows), ResultFormatter.Format.TABLE));
        }
        report.notes().forEach(n -> console.line("note: " + n));
        console.line(report.complete() ? "Complete: every expected export arrived for " + report.period() + "."
                : CompletenessReport.describe(report.period(), report.gaps())
                        + ". Reports are held back until these arrive (or run with --allow-partial).");
    }

    private static String cell(SiteSource s) {
        return switch (s.status()) {
            case "missing" -> "MISSING";
            case "-" -> "-";
            default -> Console.count(s.rows());
        };
    }

    private static String topReasons(Map<String, Long> reasons) {
        return reasons.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
