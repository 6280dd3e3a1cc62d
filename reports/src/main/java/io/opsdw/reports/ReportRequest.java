package io.opsdw.reports;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * What to render.
 *
 * @param reports   report names; empty = all
 * @param siteCodes sites to render one file each for; empty = company-wide only
 * @param allSites  also render the company-wide file and one per site
 * @param formats   pdf, xlsx, html
 * @param generatedAt printed on every page; passed in so that templates never read the clock
 * @param gaps      the month's missing exports, for the "partial data" banner; empty when the month is complete
 */
public record ReportRequest(Path warehouseFile, YearMonth period, List<String> reports, List<String> siteCodes,
                            boolean allSites, List<Locale> locales, List<String> formats, Path outDir,
                            Instant generatedAt, DataGaps gaps) {

    /** A request for a complete month (no banner). */
    public ReportRequest(Path warehouseFile, YearMonth period, List<String> reports, List<String> siteCodes,
                         boolean allSites, List<Locale> locales, List<String> formats, Path outDir, Instant generatedAt) {
        this(warehouseFile, period, reports, siteCodes, allSites, locales, formats, outDir, generatedAt, DataGaps.none());
    }

    public ReportRequest {
        gaps = gaps == null ? DataGaps.none() : gaps;
        reports = reports == null ? List.of() : List.copyOf(reports);
        siteCodes = siteCodes == null ? List.of() : List.copyOf(siteCodes);
        locales = locales == null || locales.isEmpty() ? List.of(Locale.SIMPLIFIED_CHINESE) : List.copyOf(locales);
        formats = formats == null || formats.isEmpty() ? List.of("pdf") : List.copyOf(formats);
    }
}
