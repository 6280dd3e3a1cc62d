package io.opsdw.reports;

import java.text.DecimalFormat;
import java.text.MessageFormat;
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

    /** A figure as the tables print it, amounts with the currency of the report's language (元 / CNY). */
    public static String value(ResourceBundle bundle, Number v, String fmt) {
        String s = value(v, fmt);
        return v != null && "money".equals(fmt) ? money(bundle, s) : s;
    }

    public static String value(Number v, String fmt) {
        if (v == null) {
            return NONE;
        }
        return new DecimalFormat(pattern(fmt)).format(v.doubleValue());
    }

    /**
     * The DecimalFormat pattern of a column or tile format. Counts never print decimals; quantities print them
     * only when there are any (214, 1.5).
     */
    static String pattern(String fmt) {
        return switch (fmt == null ? "int" : fmt) {
            case "pct" -> "0.0%";
            case "money", "dec" -> "#,##0.00";
            case "dec1" -> "#,##0.0";
            case "qty" -> "#,##0.##";
            case "delta" -> "+#,##0;-#,##0";
            case "pctdelta" -> "+0.0%;-0.0%";
            default -> "#,##0";
        };
    }

    /** A signed change: percentage points for rates, units otherwise, amounts with the currency. */
    public static String change(ResourceBundle bundle, Number v, String fmt) {
        String s = change(v, fmt);
        return v != null && "money".equals(fmt) ? money(bundle, s) : s;
    }

    public static String change(Number v, String fmt) {
        if (v == null) {
            return NONE;
        }
        return switch (fmt == null ? "int" : fmt) {
            case "pct" -> new DecimalFormat("+0.0;-0.0").format(v.doubleValue() * 100) + " pp";
            case "money", "dec" -> new DecimalFormat("+#,##0.00;-#,##0.00").format(v.doubleValue());
            case "qty" -> new DecimalFormat("+#,##0.##;-#,##0.##").format(v.doubleValue());
            default -> new DecimalFormat("+#,##0;-#,##0").format(v.doubleValue());
        };
    }

    /** An amount with the currency, placed as the report's language writes it ("66,500.00 元", "CNY 66,500.00"). */
    static String money(ResourceBundle bundle, String amount) {
        return MessageFormat.format(bundle.getString("unit.money.value"), amount);
    }
}
