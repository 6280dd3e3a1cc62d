package io.opsdw.reports;

import java.awt.Color;
import net.sf.jasperreports.crosstabs.design.JRDesignCellContents;
import net.sf.jasperreports.crosstabs.design.JRDesignCrosstab;
import net.sf.jasperreports.crosstabs.design.JRDesignCrosstabBucket;
import net.sf.jasperreports.crosstabs.design.JRDesignCrosstabCell;
import net.sf.jasperreports.crosstabs.design.JRDesignCrosstabColumnGroup;
import net.sf.jasperreports.crosstabs.design.JRDesignCrosstabMeasure;
import net.sf.jasperreports.crosstabs.design.JRDesignCrosstabParameter;
import net.sf.jasperreports.crosstabs.design.JRDesignCrosstabRowGroup;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.analytics.dataset.BucketOrder;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignConditionalStyle;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignReportTemplate;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.CalculationEnum;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.ModeEnum;
import net.sf.jasperreports.engine.type.PositionTypeEnum;
import net.sf.jasperreports.engine.type.RotationEnum;
import net.sf.jasperreports.engine.type.TextAdjustEnum;
import net.sf.jasperreports.engine.type.VerticalTextAlignEnum;
import net.sf.jasperreports.engine.type.WhenNoDataTypeEnum;

/**
 * The heat map section: a JasperReports crosstab of the dataset's cells (rows {@code row_key}, columns
 * {@code col_key}, both "NNN|label": sorted by the number, printed after the bar), each cell printing its rate and
 * shaded by {@code shade} (0-4, bands of the period's highest rate), so it reads in black-and-white print too; the
 * legend below prints the bands from {@code max_rate}. A crosstab because the columns (sites) are data.
 * Dataset columns: row_key, col_key, rate, shade, no_visits (1: the site has no visitor count, no rate), is_total
 * (the all-departments row, unshaded), max_rate.
 */
final class HeatmapTemplateBuilder {
    static final int WIDTH = 535;
    private static final int ROW_HEADER_WIDTH = 157; // "Customer service (Sales centre)" at body size
    private static final int CELL_WIDTH = 54; // seven sites beside the row header fit the page
    private static final int COLUMN_HEADER_HEIGHT = 112; // site names printed upwards, one line of up to 12 Han at 8 pt with padding
    private static final int CELL_HEIGHT = 16;
    private static final int SWATCH_WIDTH = 70;
    /** Light to dark: the grey values stay apart on a black-and-white printer. */
    static final Color[] SHADES = {new Color(0xFF, 0xFF, 0xFF), new Color(0xDC, 0xE9, 0xF5), new Color(0xA9, 0xC8, 0xE6),
            new Color(0x5B, 0x8F, 0xC7), new Color(0x1F, 0x4E, 0x79)};
    private static final Color TOTAL = new Color(0xEE, 0xEE, 0xEE);

    private HeatmapTemplateBuilder() {
    }

    static JasperDesign build(String name) {
        try {
            JasperDesign d = new JasperDesign();
            d.setName(name);
            d.setPageWidth(WIDTH);
            d.setColumnWidth(WIDTH);
            d.setLeftMargin(0);
            d.setRightMargin(0);
            d.setTopMargin(0);
            d.setBottomMargin(0);
            d.setWhenNoDataType(WhenNoDataTypeEnum.NO_PAGES);
            JRDesignReportTemplate styles = new JRDesignReportTemplate();
            styles.setSourceExpression(new JRDesignExpression("\"reports/common/styles.jrtx\""));
            d.addTemplate(styles);
            d.addStyle(heatStyle());
            field(d, "row_key", String.class);
            field(d, "col_key", String.class);
            field(d, "rate", Number.class);
            field(d, "shade", Number.class);
            field(d, "no_visits", Number.class);
            field(d, "is_total", Number.class);
            field(d, "max_rate", Number.class);

            JRDesignCrosstab crosstab = crosstab();
            JRDesignBand summary = new JRDesignBand();
            summary.setHeight(crosstab.getHeight() + 4 + 32);
            summary.addElement(crosstab);
            legend(summary, crosstab.getHeight() + 4);
            d.setSummary(summary);
            return d;
        } catch (JRException e) {
            throw new IllegalStateException("heat map template " + name + ": " + e.getMessage(), e);
        }
    }

    private static JRDesignCrosstab crosstab() throws JRException {
        JRDesignCrosstab x = new JRDesignCrosstab();
        x.setX(0);
        x.setY(0);
        x.setWidth(WIDTH);
        x.setHeight(COLUMN_HEADER_HEIGHT + 2 * CELL_HEIGHT);
        x.setRepeatColumnHeaders(true);
        x.setRepeatRowHeaders(true);
        JRDesignCrosstabParameter noVisits = new JRDesignCrosstabParameter();
        noVisits.setName("NO_VISITS");
        noVisits.setValueClassName(String.class.getName());
        noVisits.setExpression(new JRDesignExpression("str(\"heatmap.no_visits\")"));
        x.addParameter(noVisits);

        JRDesignCrosstabRowGroup rows = new JRDesignCrosstabRowGroup();
        rows.setName("dept");
        rows.setWidth(ROW_HEADER_WIDTH);
        rows.setBucket(bucket("$F{row_key}"));
        JRDesignCellContents rowHeader = new JRDesignCellContents();
        rowHeader.addElement(text(0, 0, ROW_HEADER_WIDTH, CELL_HEIGHT, "th", label("$V{dept}"), HorizontalTextAlignEnum.LEFT));
        rows.setHeader(rowHeader);
        x.addRowGroup(rows);

        JRDesignCrosstabColumnGroup columns = new JRDesignCrosstabColumnGroup();
        columns.setName("site");
        columns.setHeight(COLUMN_HEADER_HEIGHT);
        columns.setBucket(bucket("$F{col_key}"));
        JRDesignCellContents columnHeader = new JRDesignCellContents();
        JRDesignTextField site = text(0, 0, CELL_WIDTH, COLUMN_HEADER_HEIGHT, "th", label("$V{site}"), HorizontalTextAlignEnum.LEFT);
        site.setRotation(RotationEnum.LEFT);
        site.setVerticalTextAlign(VerticalTextAlignEnum.MIDDLE);
        columnHeader.addElement(site);
        columns.setHeader(columnHeader);
        x.addColumnGroup(columns);

        JRDesignCellContents corner = new JRDesignCellContents();
        JRDesignTextField cornerText = text(0, 0, ROW_HEADER_WIDTH, COLUMN_HEADER_HEIGHT, "th",
                "str(\"heatmap.corner\")", HorizontalTextAlignEnum.LEFT);
        cornerText.setVerticalTextAlign(VerticalTextAlignEnum.BOTTOM);
        cornerText.setTextAdjust(TextAdjustEnum.SCALE_FONT);
        corner.addElement(cornerText);
        x.setHeaderCell(corner);

        x.addMeasure(measure("rate", Double.class, "$F{rate} == null ? null : $F{rate}.doubleValue()", CalculationEnum.HIGHEST));
        x.addMeasure(measure("shade", Integer.class, "$F{shade} == null ? null : $F{shade}.intValue()", CalculationEnum.HIGHEST));
        x.addMeasure(measure("no_visits", Integer.class, "$F{no_visits} == null ? null : $F{no_visits}.intValue()", CalculationEnum.HIGHEST));
        x.addMeasure(measure("is_total", Integer.class, "$F{is_total} == null ? null : $F{is_total}.intValue()", CalculationEnum.HIGHEST));
        // a cell without a row (a department of another business line, nothing at that site) stays blank
        x.addMeasure(measure("cell_rows", Integer.class, "$F{col_key}", CalculationEnum.COUNT));

        JRDesignCrosstabCell cell = new JRDesignCrosstabCell();
        cell.setWidth(CELL_WIDTH);
        cell.setHeight(CELL_HEIGHT);
        JRDesignCellContents contents = new JRDesignCellContents();
        contents.addElement(text(0, 0, CELL_WIDTH, CELL_HEIGHT, "heat",
                "$V{cell_rows} == null || $V{cell_rows}.intValue() == 0 ? \"\""
                        + " : $V{no_visits} != null && $V{no_visits}.intValue() == 1 ? $P{NO_VISITS}"
                        + " : $V{rate} == null ? \"" + Fmt.NONE + "\""
                        + " : new java.text.DecimalFormat(\"#,##0.0\").format($V{rate})",
                HorizontalTextAlignEnum.RIGHT));
        cell.setContents(contents);
        x.addCell(cell);
        x.preprocess();
        return x;
    }

    /**
     * Cell shading by the band (light text on the two dark bands); the all-departments row grey and bold. Lives in
     * the design: conditional styles take the crosstab's measures.
     */
    private static JRDesignStyle heatStyle() {
        JRDesignStyle style = new JRDesignStyle();
        style.setName("heat");
        style.setParentStyleNameReference("td");
        style.setFontSize(8f);
        for (int k = 0; k < SHADES.length; k++) {
            JRDesignConditionalStyle band = new JRDesignConditionalStyle();
            band.setConditionExpression(new JRDesignExpression("$V{shade} != null && $V{shade}.intValue() == " + k));
            band.setMode(ModeEnum.OPAQUE);
            band.setBackcolor(SHADES[k]);
            if (k >= 3) {
                band.setForecolor(Color.WHITE);
                band.setBold(true);
            }
            style.addConditionalStyle(band);
        }
        JRDesignConditionalStyle total = new JRDesignConditionalStyle();
        total.setConditionExpression(new JRDesignExpression("$V{is_total} != null && $V{is_total}.intValue() == 1"));
        total.setMode(ModeEnum.OPAQUE);
        total.setBackcolor(TOTAL);
        total.setBold(true);
        style.addConditionalStyle(total);
        return style;
    }

    /** One swatch per band, its upper bound printed in it (0, ≤ max/4, ...), then what the shading means. */
    private static void legend(JRDesignBand band, int y) {
        JRDesignTextField caption = text(0, y, WIDTH, 14, "muted", "str(\"heatmap.legend\")", HorizontalTextAlignEnum.LEFT);
        caption.setPositionType(PositionTypeEnum.FLOAT);
        band.addElement(caption);
        for (int k = 0; k < SHADES.length; k++) {
            String bound = k == 0 ? "\"0\""
                    : "\"≤ \" + new java.text.DecimalFormat(\"#,##0.0\").format($F{max_rate} == null ? 0d : $F{max_rate}.doubleValue() * " + k + " / 4d)";
            JRDesignTextField swatch = text(k * SWATCH_WIDTH, y + 15, SWATCH_WIDTH, 14, "td", bound, HorizontalTextAlignEnum.CENTER);
            swatch.setMode(ModeEnum.OPAQUE);
            swatch.setBackcolor(SHADES[k]);
            swatch.setFontSize(8f);
            if (k >= 3) {
                swatch.setForecolor(Color.WHITE);
                swatch.setBold(true);
            }
            swatch.setPositionType(PositionTypeEnum.FLOAT);
            band.addElement(swatch);
        }
    }

    private static JRDesignCrosstabBucket bucket(String expression) {
        JRDesignCrosstabBucket b = new JRDesignCrosstabBucket();
        b.setExpression(new JRDesignExpression(expression));
        b.setValueClassName(String.class.getName());
        b.setOrder(BucketOrder.ASCENDING);
        return b;
    }

    /** What prints of a "NNN|label" key. */
    private static String label(String key) {
        return key + " == null ? \"\" : " + key + ".substring(" + key + ".indexOf('|') + 1)";
    }

    private static JRDesignCrosstabMeasure measure(String name, Class<?> type, String expression, CalculationEnum calc) {
        JRDesignCrosstabMeasure m = new JRDesignCrosstabMeasure();
        m.setName(name);
        m.setValueClassName(type.getName());
        m.setValueExpression(new JRDesignExpression(expression));
        m.setCalculation(calc);
        return m;
    }

    private static void field(JasperDesign d, String name, Class<?> type) throws JRException {
        JRDesignField f = new JRDesignField();
        f.setName(name);
        f.setValueClass(type);
        d.addField(f);
    }

    private static JRDesignTextField text(int x, int y, int w, int h, String style, String expression,
                                          HorizontalTextAlignEnum align) {
        JRDesignTextField t = new JRDesignTextField();
        t.setX(x);
        t.setY(y);
        t.setWidth(w);
        t.setHeight(h);
        t.setStyleNameReference(style);
        t.setExpression(new JRDesignExpression(expression));
        t.setBlankWhenNull(true);
        t.setTextAdjust(TextAdjustEnum.SCALE_FONT);
        t.setHorizontalTextAlign(align);
        return t;
    }
}
