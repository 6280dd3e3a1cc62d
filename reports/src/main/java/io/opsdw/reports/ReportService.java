package io.opsdw.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Entry point used by the {@code dw report} CLI: renders each requested report for the company and/or sites,
 * in each locale and format, into {@code <outDir>/<report>_<period>_<site|ALL>_<locale>.<ext>}, the period as
 * {@link ReportPeriod#toString()} writes it (2026-10, 2026-H1, 2026).
 */
public final class ReportService {
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportCatalog catalog;
    private final ReportRenderer renderer = new ReportRenderer();
    private final ReportExporter exporter = new ReportExporter();
    private final ReadOnlyConnections connections;

    /** {@code connections}: how the published file is opened (the application's DuckDB settings and lockdown). */
    public ReportService(ReadOnlyConnections connections) {
        this.catalog = new ReportCatalog();
        this.connections = connections;
    }

    /** For this module's tests and tools: {@link ReadOnlyConnections#withoutSettings()}. */
    ReportService() {
        this(ReadOnlyConnections.withoutSettings());
    }

    public List<Path> render(ReportRequest request) {
        List<String> formats = orderedFormats(request.formats());
        try {
            Files.createDirectories(request.outDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> written = new ArrayList<>();
        fill(request, filled -> {
            for (String format : formats) {
                Path file = request.outDir().resolve(fileName(filled.definition().name(), request, filled.site(),
                        filled.locale(), format));
                exporter.export(filled.print(), format, file, filled.info());
                written.add(file);
            }
        });
        return written;
    }

    /** One filled report, ready to export: which report, site (null: company-wide) and locale. */
    record Filled(ReportDefinition definition, String site, Locale locale, JasperPrint print,
                  ReportExporter.DocumentInfo info) {
    }

    /** Fills each requested report for each target and locale, handing each to {@code sink} as it is done. */
    void fill(ReportRequest request, Consumer<Filled> sink) {
        if (request.period() == null) {
            throw new ReportException("a period (YYYY-MM, YYYY-H1 / YYYY-H2 or YYYY) is required");
        }
        List<ReportDefinition> reports = (request.reports().isEmpty() ? catalog.names() : request.reports())
                .stream().map(catalog::get).toList();
        try (ReportDatabase warehouse = ReportDatabase.open(request.warehouseFile(), connections)) {
            Map<String, ReportDatabase.Site> sites = warehouse.sites();
            Map<String, String> companies = warehouse.companies();
            PeriodViews periodViews = warehouse.periodViews(request.period());
            List<String> targets = targets(request, sites);
            String runId = warehouse.runId().orElse("-");
            String generatedAt = generatedAt(request.generatedAt() == null ? Instant.EPOCH : request.generatedAt(),
                    request.timeZone());
            for (ReportDefinition def : reports) {
                for (String site : targets) {
                    QueryParameters query = new QueryParameters(request.period(), site, businessLines(sites, site));
                    for (Locale locale : request.locales()) {
                        String siteLabel = site == null
                                ? ReportRenderer.bundle(locale).getString("site.all")
                                : sites.get(site).name(locale) + " (" + site + ")";
                        JasperPrint print = renderer.render(def, warehouse, periodViews, query, locale,
                                new ReportRenderer.PageInfo(request.period().title(locale), siteLabel, generatedAt, runId,
                                        request.gaps().describe(site, locale)));
                        sink.accept(new Filled(def, site, locale, print,
                                documentInfo(def, request, site, siteLabel, locale, author(site, companies))));
                    }
                }
            }
        }
    }

    /** The time printed in the footer, in the business's zone, with its offset ("2026-11-23 09:58 UTC+08:00"). */
    static String generatedAt(Instant at, ZoneId zone) {
        ZoneOffset offset = zone.getRules().getOffset(at);
        return GENERATED.format(at.atZone(zone)) + " UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId());
    }

    /** What a PDF says about itself (viewer title bar, document properties, search indexes). */
    private static ReportExporter.DocumentInfo documentInfo(ReportDefinition def, ReportRequest request, String site,
                                                            String siteLabel, Locale locale, String author) {
        ResourceBundle bundle = ReportRenderer.bundle(locale);
        String title = bundle.getString(def.title());
        String period = request.period().title(locale);
        return new ReportExporter.DocumentInfo(
                title + " " + period + " " + siteLabel,
                MessageFormat.format(bundle.getString("pdf.subject"), title, period, siteLabel),
                String.join(", ", title, request.period().toString(), siteLabel, site == null ? "ALL" : site, def.name(), locale.toLanguageTag()),
                author);
    }

    /** The site's company; the company-wide report names every company it covers. */
    private static String author(String site, Map<String, String> companies) {
        if (site != null) {
            return companies.getOrDefault(site, "opsdw");
        }
        Set<String> all = new TreeSet<>(companies.values());
        return all.isEmpty() ? "opsdw" : String.join(", ", all);
    }

    static String fileName(String report, ReportRequest request, String site, Locale locale, String format) {
        return report + "_" + request.period() + "_" + siteToken(site) + "_" + locale.toLanguageTag() + "." + format;
    }

    /**
     * A site code as its report files name it: ALL for the company-wide report; letters and digits of any script, '.'
     * and '-' kept, every other run of characters ('/', spaces, the '_' that separates the name's parts) one '-'. A
     * museum's code "VISITOR CENTER/ EL TRANQUILO GALLERY" is VISITOR-CENTER-EL-TRANQUILO-GALLERY, never a folder.
     */
    public static String siteToken(String site) {
        if (site == null) {
            return "ALL";
        }
        String token = site.replaceAll("[^\\p{L}\\p{N}.-]+", "-").replaceAll("^-+|-+$", "");
        return token.isEmpty() ? "SITE" : token;
    }

    /** null stands for the company-wide report. Unknown site codes are refused before any SQL sees them. */
    /** The business lines a report covers: its site's, or every site's for the company-wide report. */
    private static List<String> businessLines(Map<String, ReportDatabase.Site> sites, String site) {
        return site == null
                ? sites.values().stream().map(ReportDatabase.Site::businessLine).distinct().sorted().toList()
                : List.of(sites.get(site).businessLine());
    }

    private static List<String> targets(ReportRequest request, Map<String, ReportDatabase.Site> sites) {
        for (String code : request.siteCodes()) {
            if (!sites.containsKey(code)) {
                throw new ReportException("unknown site code '" + code + "'; known: " + String.join(", ", sites.keySet()));
            }
        }
        Set<String> targets = new LinkedHashSet<>();
        if (request.siteCodes().isEmpty() || request.allSites()) {
            targets.add(null);
        }
        targets.addAll(request.siteCodes());
        if (request.allSites()) {
            targets.addAll(sites.keySet());
        }
        return new ArrayList<>(targets);
    }

    /** XLSX last: its formula guard edits the filled print. */
    private static List<String> orderedFormats(List<String> requested) {
        for (String f : requested) {
            if (!ReportExporter.FORMATS.contains(f)) {
                throw new ReportException("unknown format '" + f + "'; known: pdf, xlsx, html");
            }
        }
        return ReportExporter.FORMATS.stream().filter(requested::contains).toList();
    }
}
