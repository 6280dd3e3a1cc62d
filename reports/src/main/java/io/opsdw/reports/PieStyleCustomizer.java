package io.opsdw.reports;

import java.awt.Color;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PiePlot;

/** A flat pie for print: no drop shadow under the pie or its labels, labels on white without a frame. */
public class PieStyleCustomizer implements JRChartCustomizer {
    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        if (chart.getPlot() instanceof PiePlot<?> plot) {
            plot.setShadowPaint(null);
            plot.setLabelShadowPaint(null);
            plot.setLabelOutlinePaint(null);
            plot.setLabelBackgroundPaint(Color.WHITE);
        }
    }
}
