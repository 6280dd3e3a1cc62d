package io.opsdw.reports;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;

/** Counts are whole numbers: keep JFreeChart from drawing 0.5-step ticks on small values. */
public class CountAxisCustomizer implements JRChartCustomizer {
    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        if (chart.getPlot() instanceof CategoryPlot plot && plot.getRangeAxis() instanceof NumberAxis axis) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
    }
}
