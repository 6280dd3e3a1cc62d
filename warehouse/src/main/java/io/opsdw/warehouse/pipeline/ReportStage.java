package io.opsdw.warehouse.pipeline;

import io.opsdw.reports.ReportRequest;
import io.opsdw.reports.ReportService;
import io.opsdw.warehouse.publish.DuckDbConnections;
import io.opsdw.warehouse.task.TaskContext;
import io.opsdw.warehouse.task.TaskOutcome;
import io.opsdw.warehouse.completeness.CompletenessReport;
import io.opsdw.warehouse.completeness.IncompleteMonthException;
import io.opsdw.warehouse.completeness.MonthCompleteness;
import io.opsdw.warehouse.delivery.ReportMailer;
import io.opsdw.warehouse.lineage.LineageDataset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import io.opsdw.reports.ReportPeriod;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * dw report: the published warehouse -> monthly report files per report, site and locale, then delivery. Only for a
 * complete month (every expected export arrived, see dw status); an incomplete one stops here (exit 65) unless
 * partial delivery is allowed, and then every report it concerns carries a "partial data" banner.
 */
@Component
public class ReportStage {

    private final ReportMailer mailer;
    private final MonthCompleteness completeness;

    public ReportStage(ReportMailer mailer, MonthCompleteness completeness) {
        this.mailer = mailer;
        this.completeness = completeness;
    }

    /**
     * What to render; empty lists mean "the configured defaults". {@code allowPartial}: render and deliver an
     * incomplete month with a banner; {@code resend}: mail reports already delivered for the month again.
     */
    public record Selection(List<String> reports, List<String> sites, boolean allSites, List<String> locales, List<String> formats,
                            Path outDir, boolean allowPartial, boolean resend) {

        public Selection(List<String> reports, List<String> sites, boolean allSites, List<String> locales, List<String> formats, Path outDir) {
            this(reports, sites, allSites, locales, formats, outDir, false, false);
        }

        public static Selection defaults() {
            return new Selection(List.of(), List.of(), true, List.of(), List.of(), null);
        }

        /** The company-wide report is rendered unless only named sites were asked for. */
        boolean companyWide() {
            return allSites || sites.isEmpty();
        }
    }

    /** The report files written and the task outcome. */
    public record Rendered(List<Path> files, TaskOutcome outcome) implements StageOutput {
    }

    public Rendered run(TaskContext context, YearMonth period, Selection selection) {
        return run(context, ReportPeriod.month(period), selection);
    }

    /**
     * A month, half-year or year. A longer period is complete when each of its months is; what is missing is said
     * month by month, and the banner lists every site and export missing in any of them.
     */
    public Rendered run(TaskContext context, ReportPeriod period, Selection selection) {
        Instant start = Instant.now();
        context.progress().step("report");
        Set<CompletenessReport.Gap> gaps = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        List<String> incompleteMonths = new ArrayList<>();
        int months = 0;
        for (YearMonth month = period.first(); !month.isAfter(period.last()); month = month.plusMonths(1)) {
            months++;
            List<CompletenessReport.Gap> monthGaps = completeness.check(context, month).gapsFor(selection.sites(), selection.companyWide());
            if (!monthGaps.isEmpty()) {
                missing.add(CompletenessReport.describe(month, monthGaps));
                incompleteMonths.add(month.toString());
                gaps.addAll(monthGaps);
            }
        }
        boolean partial = !gaps.isEmpty();
        // a half-year or year missing several months is said in one line: which months, and the first one's gaps
        String described = missing.size() <= 2 ? String.join("; ", missing)
                : incompleteMonths.size() + " of its " + months + " months are incomplete (" + String.join(", ", incompleteMonths)
                        + "); the first: " + missing.get(0);
        if (partial && !(selection.allowPartial() || context.settings().completeness().allowPartial())) {
            throw new IncompleteMonthException(described + "; reports not rendered or delivered"
                    + " (dw status --period <month> shows what arrived; deliver the exports and re-run, or pass --allow-partial)");
        }
        if (partial) {
            context.console().line("partial data: " + described + "; rendering with a \"partial data\" banner (allow-partial)");
        }
        List<String> locales = selection.locales().isEmpty() ? context.settings().reports().locales() : selection.locales();
        List<String> formats = selection.formats().isEmpty() ? context.settings().reports().formats() : selection.formats();
        Path out = selection.outDir() != null ? selection.outDir() : context.lake().reportsDir().resolve(period.toString());
        // a lock-free reader, like dw query: its DuckDB temp folder is one a writer's crash clean-up leaves alone
        ReportService service = new ReportService(new DuckDbConnections(context.settings().duckdb(), context.lake().tmp().resolve("duckdb-query")));
        List<Path> files = service.render(new ReportRequest(context.lake().warehouseFile(), period, selection.reports(), selection.sites(),
                selection.allSites(), locales.stream().map(Locale::forLanguageTag).toList(), formats, out, Instant.now(),
                context.settings().timeZone(), completeness.dataGaps(new ArrayList<>(gaps))));
        context.console().stage("report", String.join(",", formats), files.size() + " files in " + out, Duration.between(start, Instant.now()));
        // the folder, not each file: the summary line stays small enough for an Airflow XCom at any site count
        TaskOutcome outcome = TaskOutcome.ok().output(out).detail("report_files", files.size()).detail("partial_data", partial)
                .read(LineageDataset.of(context.lake().warehouseFile()));
        files.forEach(f -> outcome.wrote(LineageDataset.of(f)));
        if (partial) {
            outcome.detail("missing", new ArrayList<>(gaps));
        }
        if (mailer.enabled()) {
            Instant mailStart = Instant.now();
            ReportMailer.Delivered delivered = mailer.deliver(period, files,
                    new ReportMailer.Delivery(context.runId(), partial, selection.resend(), context.lake().ledgerDir()));
            context.console().stage("deliver", "mail", delivered.mailedTo().size() + " recipients"
                    + (delivered.alreadyDelivered().isEmpty() ? "" : "; already delivered, not mailed again (--resend): "
                    + String.join(", ", delivered.alreadyDelivered())), Duration.between(mailStart, Instant.now()));
            outcome.detail("mailed_to", delivered.mailedTo()).detail("already_delivered", delivered.alreadyDelivered());
        }
        return new Rendered(List.copyOf(files), outcome);
    }
}
