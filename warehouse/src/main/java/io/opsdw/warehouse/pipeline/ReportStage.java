package io.opsdw.warehouse.pipeline;

import io.opsdw.reports.ReportRequest;
import io.opsdw.reports.ReportService;
import io.opsdw.warehouse.delivery.ReportMailer;
import io.opsdw.warehouse.cli.TaskContext;
import io.opsdw.warehouse.cli.TaskOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** dw report: the published warehouse -> monthly report files per report, site and locale. */
@Component
public class ReportStage {

    private final ReportService service = new ReportService();
    private final ReportMailer mailer;

    public ReportStage(ReportMailer mailer) {
        this.mailer = mailer;
    }

    /** What to render; empty lists mean "the configured defaults". */
    public record Selection(List<String> reports, List<String> sites, boolean allSites, List<String> locales, List<String> formats, Path outDir) {
        public static Selection defaults() {
            return new Selection(List.of(), List.of(), true, List.of(), List.of(), null);
        }
    }

    public TaskOutcome run(TaskContext context, YearMonth period, Selection selection) {
        Instant start = Instant.now();
        context.progress().step("report");
        List<String> locales = selection.locales().isEmpty() ? context.settings().reports().locales() : selection.locales();
        List<String> formats = selection.formats().isEmpty() ? context.settings().reports().formats() : selection.formats();
        Path out = selection.outDir() != null ? selection.outDir() : context.lake().reports(period);
        List<Path> files = service.render(new ReportRequest(context.lake().warehouseFile(), period, selection.reports(), selection.sites(),
                selection.allSites(), locales.stream().map(Locale::forLanguageTag).toList(), formats, out, Instant.now(),
                context.settings().timeZone()));
        context.console().stage("report", String.join(",", formats), files.size() + " files in " + out, Duration.between(start, Instant.now()));
        // the folder, not each file: the summary line stays small enough for an Airflow XCom at any site count
        TaskOutcome outcome = TaskOutcome.ok().output(out).detail("report_files", files.size());
        if (mailer.enabled()) {
            Instant mailStart = Instant.now();
            List<String> recipients = mailer.deliver(period, files);
            context.console().stage("deliver", "mail", recipients.size() + " recipients", Duration.between(mailStart, Instant.now()));
            outcome.detail("mailed_to", recipients);
        }
        return outcome;
    }
}
