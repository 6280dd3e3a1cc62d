package io.opsdw.transforms.unit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;

/**
 * Compares expected with produced rows (each a list of canonical values in the compared columns' order) and, when
 * they differ, renders a diff a person can read: rows missing, rows unexpected, and for a missing and an unexpected
 * row with the same first value (usually the key) the columns that differ.
 */
final class RowDiff {

    private static final int MAX_OUTPUT_ROWS = 40;

    private RowDiff() {
    }

    /** Null when the rows match; otherwise the diff, starting with a one-line summary. */
    static String diff(List<String> columns, List<List<String>> expected, List<List<String>> actual, boolean ordered) {
        return ordered ? ordered(columns, expected, actual) : unordered(columns, expected, actual);
    }

    private static String unordered(List<String> columns, List<List<String>> expected, List<List<String>> actual) {
        List<List<String>> unexpected = new LinkedList<>(actual);
        List<List<String>> missing = new ArrayList<>();
        for (List<String> e : expected) {
            if (!unexpected.remove(e)) {
                missing.add(e);
            }
        }
        if (missing.isEmpty() && unexpected.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        out.append(count(missing.size(), "expected row") + " missing, " + count(unexpected.size(), "unexpected row")
                + " (" + expected.size() + " expected, " + actual.size() + " produced)\n");
        out.append("  compared columns: ").append(String.join(", ", columns)).append('\n');
        // Pair a missing row with the one unexpected row sharing its first value: show only what differs.
        List<List<String>> unpaired = new ArrayList<>();
        for (List<String> m : missing) {
            List<List<String>> sameKey = columns.size() > 1
                    ? unexpected.stream().filter(u -> u.get(0).equals(m.get(0))).toList() : List.of();
            long keyCountInMissing = missing.stream().filter(x -> x.get(0).equals(m.get(0))).count();
            if (sameKey.size() == 1 && keyCountInMissing == 1) {
                List<String> u = sameKey.get(0);
                out.append("  ~ ").append(columns.get(0)).append(' ').append(m.get(0)).append(':');
                for (int i = 1; i < columns.size(); i++) {
                    if (!Objects.equals(m.get(i), u.get(i))) {
                        out.append(' ').append(columns.get(i)).append(" expected ").append(m.get(i))
                                .append(", got ").append(u.get(i)).append(';');
                    }
                }
                out.setLength(out.length() - 1);
                out.append('\n');
                unexpected.remove(u);
            } else {
                unpaired.add(m);
            }
        }
        for (List<String> m : unpaired) {
            out.append("  - missing:    ").append(row(columns, m)).append('\n');
        }
        for (List<String> u : unexpected) {
            out.append("  + unexpected: ").append(row(columns, u)).append('\n');
        }
        return out.append(output(columns, actual)).toString();
    }

    private static String ordered(List<String> columns, List<List<String>> expected, List<List<String>> actual) {
        if (expected.equals(actual)) {
            return null;
        }
        StringBuilder out = new StringBuilder("rows differ in order or content (" + expected.size() + " expected, "
                + actual.size() + " produced; compared in order)\n");
        out.append("  compared columns: ").append(String.join(", ", columns)).append('\n');
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            List<String> e = i < expected.size() ? expected.get(i) : null;
            List<String> a = i < actual.size() ? actual.get(i) : null;
            if (!Objects.equals(e, a)) {
                out.append("  row ").append(i + 1).append(": expected ")
                        .append(e == null ? "no row" : row(columns, e)).append(", got ")
                        .append(a == null ? "no row" : row(columns, a)).append('\n');
            }
        }
        return out.append(output(columns, actual)).toString();
    }

    static String row(List<String> columns, List<String> values) {
        StringBuilder sb = new StringBuilder("{");
        Iterator<String> v = values.iterator();
        for (String c : columns) {
            sb.append(c).append(": ").append(v.next());
            if (v.hasNext()) {
                sb.append(", ");
            }
        }
        return sb.append('}').toString();
    }

    private static String output(List<String> columns, List<List<String>> actual) {
        StringBuilder out = new StringBuilder("  the model produced (compared columns):\n");
        if (actual.isEmpty()) {
            out.append("    (no rows)\n");
        }
        actual.stream().limit(MAX_OUTPUT_ROWS).forEach(r -> out.append("    ").append(row(columns, r)).append('\n'));
        if (actual.size() > MAX_OUTPUT_ROWS) {
            out.append("    ... ").append(actual.size() - MAX_OUTPUT_ROWS).append(" more\n");
        }
        return out.toString();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
