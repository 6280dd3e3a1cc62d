package io.opsdw.reports;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * What to render.
 *
 * @param period    the month, half-year or year reported on
 * @param reports   report names; empty = all
 * @param siteCodes sites to render one file each for; empty = company-wide only
 * @param allSites  also render the company-wide file and one per site
 * @param formats   pdf, xlsx, html
 * @param generatedAt printed on every page; passed in so that templates never read the clock
 * @param timeZone    the zone generatedAt is printed in: the business's (dw.time-zone)
 * @param gaps        the month's missing exports, for the "partial data" banner; empty when the month is complete
 */
public record ReportRequest(Path warehouseFile, ReportPeriod period, List<String> reports, List<String> siteCodes,
                            boolean allSites, List<Locale> locales, List<String> formats, Path outDir,
                            Instant generatedAt, ZoneId timeZone, DataGaps gaps) {
    /** One month. */
    public ReportRequest(Path warehouseFile, YearMonth period, List<String> reports, List<String> siteCodes,
                         boolean allSites, List<Locale> locales, List<String> formats, Path outDir,
                         Instant generatedAt, ZoneId timeZone, DataGaps gaps) {
        this(warehouseFile, period == null ? null : ReportPeriod.month(period), reports, siteCodes, allSites, locales,
                formats, outDir, generatedAt, timeZone, gaps);
    }

    /** Any period, complete, times printed in UTC (tests). */
    public ReportRequest(Path warehouseFile, ReportPeriod period, List<String> reports, List<String> siteCodes,
                         boolean allSites, List<Locale> locales, List<String> formats, Path outDir,
                         Instant generatedAt) {
        this(warehouseFile, period, reports, siteCodes, allSites, locales, formats, outDir, generatedAt, ZoneOffset.UTC,
                DataGaps.none());
    }

    /** A complete month, times printed in UTC (tests); the application passes the business's zone. */
    public ReportRequest(Path warehouseFile, YearMonth period, List<String> reports, List<String> siteCodes,
                         boolean allSites, List<Locale> locales, List<String> formats, Path outDir,
                         Instant generatedAt) {
        this(warehouseFile, period, reports, siteCodes, allSites, locales, formats, outDir, generatedAt, ZoneOffset.UTC,
                DataGaps.none());
    }

    /** A complete month (no banner), times printed in {@code timeZone}. */
    public ReportRequest(Path warehouseFile, YearMonth period, List<String> reports, List<String> siteCodes,
                         boolean allSites, List<Locale> locales, List<String> formats, Path outDir,
                         Instant generatedAt, ZoneId timeZone) {
        this(warehouseFile, period, reports, siteCodes, allSites, locales, formats, outDir, generatedAt, timeZone,
                DataGaps.none());
    }

    /** A month with gaps, times printed in UTC (tests). */
    public ReportRequest(Path warehouseFile, YearMonth period, List<String> reports, List<String> siteCodes,
                         boolean allSites, List<Locale> locales, List<String> formats, Path outDir,
                         Instant generatedAt, DataGaps gaps) {
        this(warehouseFile, period, reports, siteCodes, allSites, locales, formats, outDir, generatedAt, ZoneOffset.UTC,
                gaps);
    }

    public ReportRequest {
        timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
        gaps = gaps == null ? DataGaps.none() : gaps;
        reports = reports == null ? List.of() : List.copyOf(reports);
        siteCodes = siteCodes == null ? List.of() : List.copyOf(siteCodes);
        locales = locales == null || locales.isEmpty() ? List.of(Locale.SIMPLIFIED_CHINESE) : List.copyOf(locales);
        formats = formats == null || formats.isEmpty() ? List.of("pdf") : List.copyOf(formats);
    }
}
