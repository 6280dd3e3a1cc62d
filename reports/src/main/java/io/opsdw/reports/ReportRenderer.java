package io.opsdw.reports;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/** Runs a report's datasets on the warehouse and fills the shared master template with them. */
final class ReportRenderer {
    static final String BUNDLE = "i18n/reports";
    /** Tables up to this many rows (about half a page) are moved whole to the next page rather than split. */
    static final int KEEP_TOGETHER_ROWS = 20;

    /** What the page frame prints besides the data; {@code partialData} lists missing exports (null: none). */
    record PageInfo(String periodLabel, String siteLabel, String generatedAt, String runId, String partialData) {
    }

    JasperPrint render(ReportDefinition def, ReportDatabase warehouse, PeriodViews periodViews, QueryParameters query,
                       Locale locale, PageInfo page) {
        ReportPeriod.Kind kind = query.period().kind();
        ResourceBundle bundle = PeriodBundle.of(bundle(locale), kind);
        List<String> businessLines = query.businessLines();
        Map<String, Object> sqlParams = new HashMap<>(query.asMap());
        sqlParams.put("sources", String.join(",", def.sourcesFor(businessLines)));
        sqlParams.put("kpis", String.join(",", def.kpis()));

        List<Map<String, ?>> sections = new ArrayList<>();
        boolean allEmpty = true;
        for (ReportDefinition.Section s : def.sections()) {
            if (!s.appliesTo(businessLines)) {
                continue; // e.g. studio order sections in a sales centre's report: it never has them
            }
            if (s.companyOnly() && query.site() != null) {
                continue; // compares sites: a site's own report would have one column
            }
            Map<String, Object> params = new HashMap<>(sqlParams);
            params.putAll(s.params());
            List<Map<String, Object>> rows = dataset(warehouse, periodViews.apply(ReportCatalog.sql(def.name(), s.sql()),
                    s.monthly()), params, locale);
            if (!s.context() && !rows.isEmpty()) {
                allEmpty = false;
            }
            Map<String, Object> section = new HashMap<>();
            List<String> notes = new ArrayList<>(datasetNotes(rows, bundle, sqlParams));
            if (s.maxRows() != null && rows.size() > s.maxRows()) {
                notes.add(MessageFormat.format(bundle.getString("section.truncated"),
                        Fmt.value(s.maxRows(), "int"), Fmt.value(rows.size(), "int")));
                rows = rows.subList(0, s.maxRows());
            }
            if (!notes.isEmpty()) {
                section.put("note", String.join(" ", notes));
            }
            section.put("title", s.title());
            section.put("template", template(def.name(), s, locale, kind));
            section.put("data", new JRMapCollectionDataSource(new ArrayList<>(rows)));
            section.put("empty", rows.isEmpty());
            section.put("keepTogether", !"table".equals(s.kind()) || rows.size() <= KEEP_TOGETHER_ROWS);
            section.put("context", s.context());
            sections.add(section);
        }
        if (allEmpty) {
            // One clear "nothing this month" notice (in the title band) and the history, not a page of empty boxes.
            sections.removeIf(section -> !(Boolean) section.get("context"));
        }

        Map<String, Object> params = new HashMap<>();
        params.put(JRParameter.REPORT_LOCALE, locale);
        params.put(JRParameter.REPORT_RESOURCE_BUNDLE, bundle);
        params.put("TITLE", bundle.getString(def.title()));
        params.put("PERIOD_LABEL", page.periodLabel());
        params.put("SITE_LABEL", page.siteLabel());
        params.put("GENERATED_AT", page.generatedAt());
        params.put("RUN_ID", page.runId());
        params.put("PARTIAL_DATA", page.partialData());
        params.put("ALL_EMPTY", allEmpty);
        params.put("HEADLINE_REPORT", TemplateCache.jrxml("reports/common/headline.jrxml"));
        List<Map<String, Object>> tiles = applicable(dataset(warehouse,
                        periodViews.apply(ReportCatalog.sql(def.name(), def.headline()), false), sqlParams, locale),
                warehouse.kpiBusinessLines(), businessLines);
        params.put("HAS_HEADLINE", !tiles.isEmpty());
        params.put("HEADLINE_DATA", new JRMapCollectionDataSource(new ArrayList<>(tiles)));
        try {
            return JasperFillManager.fillReport(TemplateCache.jrxml("reports/common/master.jrxml"), params,
                    new JRMapCollectionDataSource(sections));
        } catch (JRException e) {
            throw new IllegalStateException("filling " + def.name() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * A dataset may explain its figures: a {@code note_key} column (bundle keys, comma-separated, on its first row)
     * becomes the section's note, formatted with the comparison months ({0} last month, {1} the same month last year).
     */
    private static List<String> datasetNotes(List<Map<String, Object>> rows, ResourceBundle bundle,
                                             Map<String, Object> params) {
        if (rows.isEmpty() || !(rows.get(0).get("note_key") instanceof String keys) || keys.isBlank()) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        for (String key : keys.split(",")) {
            notes.add(MessageFormat.format(bundle.getString(key.strip()), params.get("prev_period"), params.get("ly_period")));
        }
        return notes;
    }

    /** Headline tiles whose KPI applies to the scope's business lines (no order tiles for a sales centre). */
    private static List<Map<String, Object>> applicable(List<Map<String, Object>> rows, Map<String, List<String>> kpiLines,
                                                        List<String> businessLines) {
        return rows.stream().filter(r -> {
            List<String> lines = kpiLines.getOrDefault((String) r.get("metric"), List.of());
            return lines.isEmpty() || lines.stream().anyMatch(businessLines::contains);
        }).toList();
    }

    static ResourceBundle bundle(Locale locale) {
        // No fallback to the JVM's default locale: "en" must print English on a Chinese desktop too.
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static JasperReport template(String report, ReportDefinition.Section s, Locale locale, ReportPeriod.Kind kind) {
        return switch (s.kind()) {
            // headers name the comparison ("last month", "previous half"), so a template is per period kind
            case "table" -> TemplateCache.design(report + "/" + s.id() + "/" + locale.toLanguageTag() + "/" + kind,
                    () -> TableTemplateBuilder.build(report + "_" + s.id(), s.columns(), PeriodBundle.of(bundle(locale), kind),
                            locale));
            case "heatmap" -> TemplateCache.design(report + "/" + s.id() + "/heatmap",
                    () -> HeatmapTemplateBuilder.build(report + "_" + s.id()));
            case "bar", "hbar", "line", "rate_line", "pie", "pareto" -> TemplateCache.jrxml("reports/common/" + s.kind() + "_chart.jrxml");
            default -> throw new IllegalStateException("unknown section kind " + s.kind() + " in " + report);
        };
    }

    /**
     * Runs one dataset. Columns named {@code x_zh} / {@code x_en} are presented as {@code x} in the
     * report's language, so templates stay language-neutral.
     */
    private static List<Map<String, Object>> dataset(ReportDatabase warehouse, String sql, Map<String, Object> params,
                                                     Locale locale) {
        List<Map<String, Object>> rows = warehouse.query(new NamedSql(sql), params);
        String suffix = "zh".equals(locale.getLanguage()) ? "_zh" : "_en";
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Map<String, Object> r = new LinkedHashMap<>(row);
            for (String key : row.keySet()) {
                if (key.endsWith(suffix)) {
                    r.put(key.substring(0, key.length() - 3), row.get(key));
                }
            }
            out.add(r);
        }
        return out;
    }
}
