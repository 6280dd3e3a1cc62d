package io.opsdw.warehouse.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a result as an aligned table (for people), CSV or JSON (for other tools). The table rounds fractions to
 * {@value #TABLE_DECIMALS} decimals and right-aligns numbers; CSV and JSON keep every digit DuckDB returned. Rows are
 * printed in the order they came.
 */
public final class ResultFormatter {

    public enum Format { TABLE, CSV, JSON }

    private static final int MAX_CELL = 60;
    static final int TABLE_DECIMALS = 4;

    private ResultFormatter() {
    }

    public static String format(QueryResult result, Format format) {
        return switch (format) {
            case TABLE -> table(result);
            case CSV -> csv(result);
            case JSON -> json(result);
        };
    }

    static String table(QueryResult result) {
        List<String[]> cells = new ArrayList<>();
        cells.add(result.columns().toArray(String[]::new));
        boolean[] numeric = new boolean[result.columns().size()];
        java.util.Arrays.fill(numeric, !result.rows().isEmpty());
        for (List<Object> row : result.rows()) {
            cells.add(row.stream().map(ResultFormatter::forTerminal).map(ResultFormatter::clip).toArray(String[]::new));
            for (int i = 0; i < numeric.length; i++) {
                numeric[i] &= row.get(i) == null || row.get(i) instanceof Number;
            }
        }
        int[] widths = new int[result.columns().size()];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], displayWidth(row[i]));
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            String[] row = cells.get(r);
            for (int i = 0; i < row.length; i++) {
                String pad = " ".repeat(widths[i] - displayWidth(row[i]));
                out.append(i == 0 ? "" : " | ").append(r > 0 && numeric[i] ? pad + row[i] : row[i] + pad);
            }
            out.append('\n');
            if (r == 0) {
                for (int i = 0; i < widths.length; i++) {
                    out.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
                }
                out.append('\n');
            }
        }
        out.append("(").append(result.rows().size()).append(result.rows().size() == 1 ? " row)" : " rows)");
        return out.toString();
    }

    static String csv(QueryResult result) {
        StringWriter buffer = new StringWriter();
        CsvWriter writer = new CsvWriter(buffer, new CsvWriterSettings());
        writer.writeHeaders(result.columns());
        for (List<Object> row : result.rows()) {
            writer.writeRow(row.stream().map(v -> v == null ? null : v instanceof Number ? text(v) : neutralised(text(v))).toArray());
        }
        writer.close();
        return buffer.toString().stripTrailing();
    }

    static String json(QueryResult result) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < result.columns().size(); i++) {
                Object v = row.get(i);
                object.put(result.columns().get(i), v instanceof Number || v instanceof Boolean || v == null ? v : text(v));
            }
            rows.add(object);
        }
        try {
            return new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).writeValueAsString(rows);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A text cell starting with = + - @ (or a tab / carriage return) would be taken for a formula by a spreadsheet
     * opening the CSV: prefix it with an apostrophe, as the report exporter does. Numbers keep their sign.
     */
    static String neutralised(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A cell for people: fractions rounded half-up to {@value #TABLE_DECIMALS} decimals, trailing zeros dropped. */
    static String forTerminal(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? rounded(BigDecimal.valueOf(d)) : String.valueOf(value);
        }
        if (value instanceof BigDecimal b && b.scale() > TABLE_DECIMALS) {
            return rounded(b);
        }
        return text(value);
    }

    private static String rounded(BigDecimal value) {
        BigDecimal r = value.setScale(TABLE_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.signum() == 0 ? BigDecimal.ZERO : r).toPlainString();
    }

    private static String text(Object value) {
        return value == null ? "NULL" : String.valueOf(value);
    }

    private static String clip(String s) {
        return s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
    }

    /** CJK characters take two terminal columns; without this, Chinese tables do not line up. */
    static int displayWidth(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }
}
