package io.opsdw.warehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.metrics.KpiDef;
import io.opsdw.metrics.MetricsCatalog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the demo's reports print, read back from the PDFs' text, equals the view that defines each headline KPI:
 * every report, company-wide and for every site, in Chinese and English. The expected figure is computed from
 * the KPI's declaration alone (sum(numerator) / sum(base) over its view, metrics/kpis.yml), not from the reports'
 * SQL; the change against last month likewise, or — when last month's export did not arrive. A KPI that does not
 * apply to a site's business line has no tile.
 */
class ReportFiguresTest {
    static final String PREV = "2026-09";

    /** The headline tiles each report is meant to print, in order. */
    static final Map<String, List<String>> HEADLINES = new LinkedHashMap<>();

    static {
        HEADLINES.put("complaints", List.of("complaints_received", "complaints_valid", "complaints_closed", "resolved_same_day_rate"));
        HEADLINES.put("satisfaction", List.of("callbacks_made", "satisfied_rate", "member_coverage_rate", "callbacks_within_3_days_rate"));
        HEADLINES.put("operations", List.of("calls", "visits", "visits_per_day", "orders", "order_amount"));
        HEADLINES.put("consumption", List.of("consumption_cost", "shrinkage_cost", "count_variance_cost", "water_bar_cost_per_visit"));
    }

    static final MetricsCatalog CATALOG = MetricsCatalog.load();
    static Map<String, String> businessLineBySite = new LinkedHashMap<>();

    @BeforeAll
    static void demo() throws Exception {
        DemoHome.get();
        try (Connection c = DemoHome.readOnly(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT site_code, business_line FROM dim_site WHERE site_key <> 0 ORDER BY site_code")) {
            while (rs.next()) {
                businessLineBySite.put(rs.getString(1), rs.getString(2));
            }
        }
        assertThat(businessLineBySite).hasSize(7).containsValues("studio", "sales_centre", "property");
    }

    @Test
    void everyHeadlineKpiOfEveryReportAndScopeEqualsItsView() throws Exception {
        List<String> scopes = new ArrayList<>();
        scopes.add(null);
        scopes.addAll(businessLineBySite.keySet());
        int compared = 0;
        try (Connection c = DemoHome.readOnly()) {
            for (Map.Entry<String, List<String>> report : HEADLINES.entrySet()) {
                for (String site : scopes) {
                    List<String> lines = site == null ? List.copyOf(businessLineBySite.values()) : List.of(businessLineBySite.get(site));
                    for (String locale : List.of("zh-CN", "en")) {
                        Path pdf = DemoHome.report(report.getKey(), site == null ? "ALL" : site, locale);
                        String text = text(pdf);
                        for (String id : report.getValue()) {
                            KpiDef k = CATALOG.kpi(id);
                            String where = pdf.getFileName() + " " + id;
                            if (lines.stream().noneMatch(k::appliesTo)) {
                                assertThat(tile(text, k.name(locale))).as(where + " applies only to " + k.businessLines()).isNull();
                                continue;
                            }
                            String[] tile = tile(text, k.name(locale));
                            assertThat(tile).as(where + ": tile '" + k.name(locale) + "' not found").isNotNull();
                            Double expected = value(c, k, DemoHome.PERIOD, site);
                            assertThat(expected).as(where).isNotNull();
                            assertPrinted(where, tile[0], expected, k.format());
                            if (loaded(c, k, PREV)) {
                                assertPrinted(where + " change", tile[1], expected - value(c, k, PREV, site), k.format());
                            } else {
                                assertThat(tile[1]).as(where + " change without last month").endsWith("—");
                            }
                            compared++;
                        }
                    }
                }
            }
        }
        // 4 reports x 8 scopes x 2 languages x 4-5 tiles, minus the order tiles outside the studios.
        assertThat(compared).isEqualTo(2 * (8 * 4 * 3 + 8 * 3 + 3 * 2));
    }

    /** The KPI as its declaration defines it, on its view (site NULL: every site). */
    static Double value(Connection c, KpiDef k, String period, String site) throws SQLException {
        Double num = sum(c, k.view(), k.numerator(), k.where(), period, site);
        if (!k.hasBase()) {
            return num == null ? 0.0 : num;
        }
        Double base = sum(c, k.baseViewOrView(), k.base(), k.baseWhereOrWhere(), period, site);
        return base == null || base == 0 ? null : (num == null ? 0.0 : num) / base;
    }

    static Double sum(Connection c, String view, String column, String where, String period, String site) throws SQLException {
        String sql = "SELECT sum(" + column + ")::DOUBLE FROM " + view + " WHERE period = ? AND (? IS NULL OR site_code = ?)"
                + (where == null ? "" : " AND (" + where + ")");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, period);
            ps.setString(2, site);
            ps.setString(3, site);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                double v = rs.getDouble(1);
                return rs.wasNull() ? null : v;
            }
        }
    }

    static boolean loaded(Connection c, KpiDef k, String period) throws SQLException {
        for (String source : k.sources()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM v_source_periods WHERE source = ? AND period = ?")) {
                ps.setString(1, source);
                ps.setString(2, period);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The value line and the change line printed under a tile's label, or null when there is no such tile. */
    static String[] tile(String text, String label) {
        List<String> lines = text.lines().map(String::strip).toList();
        for (int i = 0; i + 2 < lines.size(); i++) {
            if (lines.get(i).equals(label) && NUMBER.matcher(lines.get(i + 1)).find()) {
                return new String[] {lines.get(i + 1), lines.get(i + 2)};
            }
        }
        return null;
    }

    static final Pattern NUMBER = Pattern.compile("([-+]?[0-9][0-9,]*(?:\\.[0-9]+)?)(%| pp)?");

    /** The printed number equals the expected one at the precision printed (units and currency signs ignored). */
    static void assertPrinted(String where, String printed, double expected, String format) {
        Matcher m = NUMBER.matcher(printed);
        assertThat(m.find()).as(where + ": no number in '" + printed + "'").isTrue();
        String digits = m.group(1).replace(",", "");
        int decimals = digits.contains(".") ? digits.length() - digits.indexOf('.') - 1 : 0;
        double shown = Double.parseDouble(digits);
        double scaled = "pct".equals(format) ? expected * 100 : expected;
        double rounded = new java.math.BigDecimal(scaled).setScale(decimals, java.math.RoundingMode.HALF_EVEN).doubleValue();
        assertThat(shown).as(where + ": printed '" + printed + "', the view gives " + scaled).isEqualTo(rounded);
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
