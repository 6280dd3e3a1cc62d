package io.opsdw.reports;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignConditionalStyle;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.type.ModeEnum;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignReportTemplate;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.StretchTypeEnum;
import net.sf.jasperreports.engine.type.TextAdjustEnum;
import net.sf.jasperreports.engine.type.WhenNoDataTypeEnum;

/**
 * Builds the table section template from the column list in report.yaml. Tables differ only in their columns,
 * so one builder replaces a dozen near-identical JRXML files; styling comes from the shared styles.jrtx.
 */
final class TableTemplateBuilder {
    private static final int WIDTH = 535;
    private static final int HEADER_HEIGHT = 18;
    private static final int ROW_HEIGHT = 16; // one line of 9 pt Noto Sans SC (13 pt) and the cell padding
    /** The row field naming each row's format for kpi / kpidelta columns (kpi_definitions.format). */
    static final String ROW_FORMAT_FIELD = "fmt";
    private static final int CELL_PADDING = 6; // left and right, styles.jrtx th / td

    private TableTemplateBuilder() {
    }

    /** The table template for one language: header font sizes depend on the header texts. */
    static JasperDesign build(String name, List<ReportDefinition.Column> columns, ResourceBundle bundle, Locale locale) {
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
            d.addStyle(zebra());

            JRDesignBand header = new JRDesignBand();
            header.setHeight(HEADER_HEIGHT);
            JRDesignBand detail = new JRDesignBand();
            detail.setHeight(ROW_HEIGHT);
            int total = columns.stream().mapToInt(ReportDefinition.Column::width).sum();
            if (columns.stream().anyMatch(c -> byRowFormat(c.format()))) {
                JRDesignField fmt = new JRDesignField();
                fmt.setName(ROW_FORMAT_FIELD);
                fmt.setValueClass(String.class);
                d.addField(fmt);
            }
            int x = 0;
            for (int i = 0; i < columns.size(); i++) {
                ReportDefinition.Column c = columns.get(i);
                // Scale declared widths to the page; the last column takes the rounding rest.
                int w = i == columns.size() - 1 ? WIDTH - x : Math.round(c.width() * (float) WIDTH / total);
                JRDesignField f = new JRDesignField();
                f.setName(c.field());
                f.setValueClass(isNumeric(c.format()) ? Number.class : String.class);
                d.addField(f);
                String headerText = headerText(c, bundle);
                JRDesignTextField th = cell(x, w, HEADER_HEIGHT, "th", headerExpression(c), null, isNumeric(c.format()),
                        HeaderFit.wraps(headerText));
                th.setFontSize(HeaderFit.fontSize(headerText, w - CELL_PADDING, locale));
                header.addElement(th);
                JRDesignTextField value = cell(x, w, ROW_HEIGHT, "zebra", valueExpression(c), pattern(c.format()),
                        isNumeric(c.format()), c.wrap());
                detail.addElement(value);
                if (isNumeric(c.format())) {
                    // A figure that does not exist (a comparison month without data, a rate without base) prints —.
                    value.setPrintWhenExpression(new JRDesignExpression("$F{" + c.field() + "} != null"));
                    JRDesignTextField none = cell(x, w, ROW_HEIGHT, "zebra", "\"" + Fmt.NONE + "\"", null, true, false);
                    none.setPrintWhenExpression(new JRDesignExpression("$F{" + c.field() + "} == null"));
                    detail.addElement(none);
                }
                x += w;
            }
            d.setColumnHeader(header);
            ((JRDesignSection) d.getDetailSection()).addBand(detail);
            return d;
        } catch (JRException e) {
            throw new IllegalStateException("bad column list for " + name + ": " + e.getMessage(), e);
        }
    }

    /** Alternate row shading; lives in the design because template styles only take simple expressions. */
    private static JRDesignStyle zebra() {
        JRDesignStyle style = new JRDesignStyle();
        style.setName("zebra");
        style.setParentStyleNameReference("td");
        JRDesignConditionalStyle even = new JRDesignConditionalStyle();
        even.setConditionExpression(new JRDesignExpression("$V{REPORT_COUNT} % 2 == 0"));
        even.setMode(ModeEnum.OPAQUE);
        even.setBackcolor(new java.awt.Color(0xF4, 0xF7, 0xFB));
        style.addConditionalStyle(even);
        return style;
    }

    /**
     * A cell prints on one line, its font made smaller when the text is too long for the column, so that numbers,
     * identifiers and names never break mid-token; only columns declared {@code wrap} (free text) and headers
     * (at spaces only: see {@link HeaderFit}) take more lines.
     */
    private static JRDesignTextField cell(int x, int w, int h, String style, String expression, String pattern,
                                          boolean right, boolean wrap) {
        JRDesignTextField t = new JRDesignTextField();
        t.setX(x);
        t.setY(0);
        t.setWidth(w);
        t.setHeight(h);
        t.setStyleNameReference(style);
        t.setExpression(new JRDesignExpression(expression));
        t.setPattern(pattern);
        t.setBlankWhenNull(true);
        t.setTextAdjust(wrap ? TextAdjustEnum.STRETCH_HEIGHT : TextAdjustEnum.SCALE_FONT);
        t.setStretchType(StretchTypeEnum.CONTAINER_HEIGHT);
        t.setHorizontalTextAlign(right ? HorizontalTextAlignEnum.RIGHT : HorizontalTextAlignEnum.LEFT);
        return t;
    }

    /** The header as printed in the bundle's language (for sizing it). */
    private static String headerText(ReportDefinition.Column c, ResourceBundle bundle) {
        String label = bundle.getString(c.header());
        return "money".equals(c.format()) ? label + " (" + bundle.getString("unit.money") + ")" : label;
    }

    /** Amount columns name their currency in the header (金额 (元), Amount (CNY)), not in every cell. */
    private static String headerExpression(ReportDefinition.Column c) {
        String label = "str(\"" + c.header() + "\")";
        return "money".equals(c.format()) ? label + " + \" (\" + str(\"unit.money\") + \")\"" : label;
    }

    private static String valueExpression(ReportDefinition.Column c) {
        if ("kpi".equals(c.format())) {
            return "io.opsdw.reports.Fmt.value($P{REPORT_RESOURCE_BUNDLE}, $F{" + c.field() + "}, $F{" + ROW_FORMAT_FIELD + "})";
        }
        if ("kpidelta".equals(c.format())) {
            return "io.opsdw.reports.Fmt.change($P{REPORT_RESOURCE_BUNDLE}, $F{" + c.field() + "}, $F{" + ROW_FORMAT_FIELD + "})";
        }
        if ("i18n".equals(c.format())) {
            return "io.opsdw.reports.Fmt.label($P{REPORT_RESOURCE_BUNDLE}, \"metric.\" + $F{" + c.field() + "})";
        }
        return "$F{" + c.field() + "}";
    }

    private static boolean isNumeric(String format) {
        return format != null && !format.equals("text") && !format.equals("i18n");
    }

    private static String pattern(String format) {
        return isNumeric(format) && !byRowFormat(format) ? Fmt.pattern(format) : null;
    }

    /** kpi / kpidelta: a column of figures of different kinds (counts, amounts), each printed as its row's fmt says. */
    private static boolean byRowFormat(String format) {
        return "kpi".equals(format) || "kpidelta".equals(format);
    }
}
