package io.opsdw.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.Locale;
import net.sf.jasperreports.charts.JRChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Makes pareto_chart.jrxml's bar chart a Pareto chart: its second series (the cumulative share) becomes a line on a
 * 0-100 % right axis with the 80 % mark; the bars keep whole-number ticks. Nothing is computed here: the shares come
 * from the dataset's SQL.
 */
public class ParetoCustomizer extends CountAxisCustomizer {
    static final double MARK = 0.8;

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        super.customize(chart, jasperChart);
        if (!(chart.getPlot() instanceof CategoryPlot plot) || plot.getDataset() == null
                || plot.getDataset().getRowCount() < 2) {
            return;
        }
        CategoryDataset all = plot.getDataset();
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset cumulative = new DefaultCategoryDataset();
        for (int c = 0; c < all.getColumnCount(); c++) {
            bars.addValue(all.getValue(0, c), all.getRowKey(0), all.getColumnKey(c));
            cumulative.addValue(all.getValue(1, c), all.getRowKey(1), all.getColumnKey(c));
        }
        Color barColour = (Color) plot.getRenderer().getSeriesPaint(0);
        Color lineColour = (Color) plot.getRenderer().getSeriesPaint(1);
        plot.setDataset(0, bars);
        if (barColour != null) {
            plot.getRenderer().setSeriesPaint(0, barColour);
        }

        NumberAxis share = new NumberAxis();
        share.setRange(0, 1.0);
        share.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        share.setTickLabelFont(plot.getRangeAxis().getTickLabelFont());
        plot.setRangeAxis(1, share);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(1, cumulative);
        plot.mapDatasetToRangeAxis(1, 1);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, lineColour != null ? lineColour : new Color(0xE0, 0x7B, 0x39));
        line.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // the line over the bars, not behind them
        if (plot.getRenderer() instanceof BarRenderer barRenderer) {
            barRenderer.setMaximumBarWidth(0.08);
        }

        ValueMarker mark = new ValueMarker(MARK, new Color(0x9C, 0x2B, 0x23), new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        mark.setLabel("80%");
        mark.setLabelFont(share.getTickLabelFont());
        mark.setLabelPaint(new Color(0x9C, 0x2B, 0x23));
        mark.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        mark.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(1, mark, Layer.FOREGROUND);
        // Vertical bars leave each cause a narrow column: give its label the whole width and up to 4 lines.
        plot.getDomainAxis().setMaximumCategoryLabelLines(4);
        plot.getDomainAxis().setCategoryMargin(0.02);
        plot.getDomainAxis().setLowerMargin(0.01);
        plot.getDomainAxis().setUpperMargin(0.01);
    }
}
