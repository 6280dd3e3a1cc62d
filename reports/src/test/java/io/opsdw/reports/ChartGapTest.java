package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperPrintManager;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A month without data is a gap in a trend, never a zero and never an error: a dataset row whose value is NULL must
 * draw exactly what the chart draws when the row is not there at all, and not what it draws for 0. (Trend datasets
 * return NULL for months without data; the charts' templates must pass it on as it is.)
 */
class ChartGapTest {
    static final List<String> MONTHS = List.of("26-05", "26-06", "26-07", "26-08", "26-09", "26-10");
    /** The second series has no data for these months. */
    static final List<String> EMPTY = List.of("26-06", "26-07");

    @ParameterizedTest
    @ValueSource(strings = {"line", "rate_line", "bar"})
    void aNullValueIsDrawnAsNoDataNotAsZero(String kind) throws Exception {
        int[] withNulls = draw(kind, rows(kind, "null"));
        int[] withoutRows = draw(kind, rows(kind, "omit"));
        int[] withZeros = draw(kind, rows(kind, "zero"));
        assertThat(Arrays.equals(withNulls, withoutRows)).as("NULL draws like no row").isTrue();
        if (!kind.equals("bar")) { // a bar of 0 is no bar either; in a line, 0 is a point on the axis
            assertThat(Arrays.equals(withNulls, withZeros)).as("NULL draws differently from 0").isFalse();
        }
    }

    static List<Map<String, ?>> rows(String kind, String empty) {
        double scale = kind.equals("rate_line") ? 0.01 : 1;
        List<Map<String, ?>> rows = new ArrayList<>();
        for (String series : List.of("received", "valid")) {
            for (int i = 0; i < MONTHS.size(); i++) {
                Number value = (40 + 5 * i) * scale;
                if (series.equals("valid") && EMPTY.contains(MONTHS.get(i))) {
                    if (empty.equals("omit")) {
                        continue;
                    }
                    value = empty.equals("zero") ? 0.0 : null;
                }
                Map<String, Object> row = new HashMap<>();
                row.put("category", MONTHS.get(i));
                row.put("series", series);
                row.put("value", value);
                rows.add(row);
            }
        }
        return rows;
    }

    /** The chart section filled from the rows and drawn as an image, as pixels. */
    static int[] draw(String kind, List<Map<String, ?>> rows) throws Exception {
        Map<String, Object> params = new HashMap<>();
        params.put(JRParameter.REPORT_LOCALE, Locale.ENGLISH);
        params.put(JRParameter.REPORT_RESOURCE_BUNDLE, ReportRenderer.bundle(Locale.ENGLISH));
        JasperPrint print = JasperFillManager.fillReport(TemplateCache.jrxml("reports/common/" + kind + "_chart.jrxml"),
                params, new JRMapCollectionDataSource(rows));
        BufferedImage drawn = (BufferedImage) JasperPrintManager.printPageToImage(print, 0, 1.5f);
        BufferedImage rgb = new BufferedImage(drawn.getWidth(), drawn.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(drawn, 0, 0, null);
        return ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
    }
}
