package io.opsdw.reports;

import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report labels for a half-year or annual report: a key with a {@code .half} / {@code .year} variant prints
 * that ("Previous half" for "Last month", "This half" for "This month"); every other key prints as for a month.
 */
final class PeriodBundle extends ResourceBundle {
    private final ResourceBundle labels;
    private final String suffix;

    private PeriodBundle(ResourceBundle labels, String suffix) {
        this.labels = labels;
        this.suffix = suffix;
    }

    static ResourceBundle of(ResourceBundle labels, ReportPeriod.Kind kind) {
        String suffix = kind.bundleSuffix();
        return suffix == null ? labels : new PeriodBundle(labels, suffix);
    }

    @Override
    protected Object handleGetObject(String key) {
        String variant = key + "." + suffix;
        return labels.containsKey(variant) ? labels.getObject(variant) : labels.getObject(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return labels.getKeys();
    }

    @Override
    public Locale getLocale() {
        return labels.getLocale();
    }

    @Override
    protected java.util.Set<String> handleKeySet() {
        return labels.keySet();
    }
}
