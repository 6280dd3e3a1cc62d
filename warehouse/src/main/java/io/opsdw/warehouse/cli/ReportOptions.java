package io.opsdw.warehouse.cli;

import io.opsdw.warehouse.pipeline.ReportStage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Which reports to render, for which sites, in which languages and formats. */
public class ReportOptions {

    @Option(names = "--report", split = ",", paramLabel = "NAME",
            description = "Reports to render: complaints, satisfaction, consumption, operations (default: all).")
    List<String> reports = new ArrayList<>();

    @ArgGroup(exclusive = true)
    Sites sites;

    static class Sites {
        @Option(names = "--site", split = ",", paramLabel = "CODE", description = "Only these sites, comma-separated (no company-wide report).")
        List<String> codes;

        @Option(names = "--all-sites", description = "The company-wide report plus one per site (the default).")
        boolean all;
    }

    @Option(names = "--locale", split = ",", paramLabel = "LOCALE", description = "Languages, comma-separated: zh-CN, en (default: dw.reports.locales, both).")
    List<String> locales = new ArrayList<>();

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "File formats, comma-separated: pdf, xlsx, html (default: dw.reports.formats, pdf).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: <home>/reports/YYYY-MM, the archive).")
    Path out;

    @Option(names = "--allow-partial", description = "Render and deliver an incomplete month (see dw status) with a \"partial data\" banner"
            + " instead of stopping with exit 65. Default: dw.completeness.allow-partial (false).")
    boolean allowPartial;

    @Option(names = "--resend", description = "Mail reports that were already delivered for this month again (the delivery ledger"
            + " otherwise mails each recipient once per month).")
    boolean resend;

    public ReportStage.Selection selection() {
        boolean onlySites = sites != null && sites.codes != null;
        return new ReportStage.Selection(reports, onlySites ? sites.codes : List.of(), !onlySites, locales, formats, out, allowPartial, resend);
    }
}
