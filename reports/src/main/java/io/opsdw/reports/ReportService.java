package io.opsdw.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Entry point used by the {@code dw report} CLI: renders each requested report for the company and/or sites,
 * in each locale and format, into {@code <outDir>/<report>_<YYYY-MM>_<site|ALL>_<locale>.<ext>}.
 */
public final class ReportService {
    private static final DateTimeFormatter GENERATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ReportCatalog catalog;
    private final ReportRenderer renderer = new ReportRenderer();
    private final ReportExporter exporter = new ReportExporter();

    public ReportService() {
        this.catalog = new ReportCatalog();
    }

    public List<Path> render(ReportRequest request) {
        if (request.period() == null) {
            throw new ReportException("a period (YYYY-MM) is required");
        }
        List<ReportDefinition> reports = (request.reports().isEmpty() ? catalog.names() : request.reports())
                .stream().map(catalog::get).toList();
        List<String> formats = orderedFormats(request.formats());
        try {
            Files.createDirectories(request.outDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        List<Path> written = new ArrayList<>();
        try (Warehouse warehouse = Warehouse.open(request.warehouseFile())) {
            Map<String, String> sites = warehouse.sites();
            List<String> targets = targets(request, sites);
            String runId = warehouse.runId().orElse("-");
            String generatedAt = GENERATED.format(request.generatedAt() == null
                    ? java.time.Instant.EPOCH : request.generatedAt());
            for (ReportDefinition def : reports) {
                for (String site : targets) {
                    QueryParameters query = new QueryParameters(request.period(), site);
                    for (Locale locale : request.locales()) {
                        String siteLabel = site == null
                                ? ReportRenderer.bundle(locale).getString("site.all")
                                : sites.get(site) + " (" + site + ")";
                        JasperPrint print = renderer.render(def, warehouse, query, locale,
                                new ReportRenderer.PageInfo(request.period().toString(), siteLabel, generatedAt, runId,
                                        request.gaps().describe(site, locale)));
                        for (String format : formats) {
                            Path file = request.outDir().resolve(fileName(def.name(), request, site, locale, format));
                            exporter.export(print, format, file);
                            written.add(file);
                        }
                    }
                }
            }
        }
        return written;
    }

    static String fileName(String report, ReportRequest request, String site, Locale locale, String format) {
        return report + "_" + request.period() + "_" + (site == null ? "ALL" : site) + "_"
                + locale.toLanguageTag() + "." + format;
    }

    /** null stands for the company-wide report. Unknown site codes are refused before any SQL sees them. */
    private static List<String> targets(ReportRequest request, Map<String, String> sites) {
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
