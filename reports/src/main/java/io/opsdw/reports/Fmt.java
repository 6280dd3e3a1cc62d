package io.opsdw.reports;

import java.text.DecimalFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Formatting helpers called from template expressions, so that every template prints figures the same way. */
public final class Fmt {
    private Fmt() {
    }

    /** The bundle text for a key, or the key's last part when the bundle has none (e.g. free-text series names). */
    public static String label(ResourceBundle bundle, String key) {
        if (key == null) {
            return "";
        }
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            int dot = key.indexOf('.');
            return dot >= 0 ? key.substring(dot + 1) : key;
        }
    }

    /** Printed for a figure that does not exist (no data for the month, no base): never 0. */
    public static final String NONE = "—";

    public static String value(Number v, String fmt) {
        if (v == null) {
            return NONE;
        }
        return switch (fmt == null ? "int" : fmt) {
            case "pct" -> new DecimalFormat("0.0%").format(v.doubleValue());
            case "money", "dec" -> new DecimalFormat("#,##0.00").format(v.doubleValue());
            case "dec1" -> new DecimalFormat("#,##0.0").format(v.doubleValue());
            default -> new DecimalFormat("#,##0").format(v.doubleValue());
        };
    }

    /** A signed change: percentage points for rates, units otherwise. */
    public static String change(Number v, String fmt) {
        if (v == null) {
            return NONE;
        }
        return switch (fmt == null ? "int" : fmt) {
            case "pct" -> new DecimalFormat("+0.0;-0.0").format(v.doubleValue() * 100) + " pp";
            case "money", "dec" -> new DecimalFormat("+#,##0.00;-#,##0.00").format(v.doubleValue());
            default -> new DecimalFormat("+#,##0;-#,##0").format(v.doubleValue());
        };
    }
}
