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

    /** What the page frame prints besides the data; {@code partialData} lists missing exports (null: none). */
    record PageInfo(String periodLabel, String siteLabel, String generatedAt, String runId, String partialData) {
    }

    JasperPrint render(ReportDefinition def, Warehouse warehouse, QueryParameters query, Locale locale,
                       PageInfo page) {
        ResourceBundle bundle = bundle(locale);
        Map<String, Object> sqlParams = query.asMap();

        List<Map<String, ?>> sections = new ArrayList<>();
        boolean allEmpty = true;
        for (ReportDefinition.Section s : def.sections()) {
            List<Map<String, Object>> rows = dataset(warehouse, def.name(), s.sql(), sqlParams, locale);
            if (!s.context() && !rows.isEmpty()) {
                allEmpty = false;
            }
            Map<String, Object> section = new HashMap<>();
            if (s.maxRows() != null && rows.size() > s.maxRows()) {
                section.put("note", MessageFormat.format(bundle.getString("section.truncated"),
                        Fmt.value(s.maxRows(), "int"), Fmt.value(rows.size(), "int")));
                rows = rows.subList(0, s.maxRows());
            }
            section.put("title", s.title());
            section.put("template", template(def.name(), s));
            section.put("data", new JRMapCollectionDataSource(new ArrayList<>(rows)));
            section.put("empty", rows.isEmpty());
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
        params.put("HEADLINE_DATA", new JRMapCollectionDataSource(
                new ArrayList<>(dataset(warehouse, def.name(), def.headline(), sqlParams, locale))));
        try {
            return JasperFillManager.fillReport(TemplateCache.jrxml("reports/common/master.jrxml"), params,
                    new JRMapCollectionDataSource(sections));
        } catch (JRException e) {
            throw new IllegalStateException("filling " + def.name() + " failed: " + e.getMessage(), e);
        }
    }

    static ResourceBundle bundle(Locale locale) {
        // No fallback to the JVM's default locale: "en" must print English on a Chinese desktop too.
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static JasperReport template(String report, ReportDefinition.Section s) {
        return switch (s.kind()) {
            case "table" -> TemplateCache.design(report + "/" + s.id(),
                    () -> TableTemplateBuilder.build(report + "_" + s.id(), s.columns()));
            case "bar", "hbar", "line", "rate_line", "pie" -> TemplateCache.jrxml("reports/common/" + s.kind() + "_chart.jrxml");
            default -> throw new IllegalStateException("unknown section kind " + s.kind() + " in " + report);
        };
    }

    /**
     * Runs one dataset. Columns named {@code x_zh} / {@code x_en} are presented as {@code x} in the
     * report's language, so templates stay language-neutral.
     */
    private static List<Map<String, Object>> dataset(Warehouse warehouse, String report, String file,
                                                     Map<String, Object> params, Locale locale) {
        List<Map<String, Object>> rows = warehouse.query(new NamedSql(ReportCatalog.sql(report, file)), params);
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
