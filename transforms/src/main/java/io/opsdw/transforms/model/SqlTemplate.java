package io.opsdw.transforms.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few template tags a model may use, dbt style, resolved to plain Spark SQL:
 * <ul>
 *   <li>{@code {{ ref('m') }}}: the model m (a temp view of the same name);</li>
 *   <li>{@code {{ source('s') }}}: raw source s for the run's period; {@code {{ source_all('s') }}}: every period,
 *       with the snapshot period in column {@code period};</li>
 *   <li>{@code {{ period }}}: the run's period as a string literal;</li>
 *   <li>{@code {{ calendar_first }}}, {@code {{ calendar_last }}}: the first and last day of the calendar as DATE
 *       literals ({@link CalendarRange}: whole years around every period in the lake);</li>
 *   <li>{@code {{ code_label('source.field', 'zh-CN', expr) }}}: expr's label from the contract ({@code zh-CN} or
 *       {@code en}); {@code {{ code_labels('source.field', ...) }}}: those fields' codes as a table
 *       {@code (code, label_zh, label_en)}; {@code {{ all_code_labels() }}}: every contract code
 *       {@code (source, field, code, label_zh, label_en)}; {@code {{ contract_sources() }}}: every export contract
 *       {@code (source, source_group, title_zh, title_en)} (see {@link CodeLabels});</li>
 *   <li>{@code {{ macro_name(expr) }}}: the SQL of {@code models/macros/macro_name.sql} with {@code {{ arg }}}
 *       replaced by expr.</li>
 * </ul>
 */
public final class SqlTemplate {

    private static final Pattern TAG = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
    private static final Pattern REF = Pattern.compile("ref\\('([a-z0-9_]+)'\\)");
    private static final Pattern SOURCE = Pattern.compile("(source|source_all)\\('([a-z0-9_]+)'\\)");
    private static final Pattern CODE_LABEL = Pattern.compile("code_label\\('([a-z0-9_.]+)',\\s*'([A-Za-z-]+)',\\s*(.+)\\)");
    private static final Pattern CODE_LABELS = Pattern.compile("code_labels\\((.*)\\)");
    private static final Pattern MACRO = Pattern.compile("([a-z0-9_]+)\\((.*)\\)");

    private SqlTemplate() {
    }

    public static Set<String> refs(String sql) {
        return collect(sql, REF, 1);
    }

    /** Source view names a model reads: {@code src_<s>} for the period, {@code src_all_<s>} for every period. */
    public static Set<String> sourceViews(String sql) {
        Set<String> views = new LinkedHashSet<>();
        Matcher tag = TAG.matcher(sql);
        while (tag.find()) {
            Matcher m = SOURCE.matcher(tag.group(1));
            if (m.matches()) {
                views.add(sourceView(m.group(1), m.group(2)));
            }
        }
        return views;
    }

    /** Renders for the period with a calendar around that period alone. */
    public static String render(String sql, YearMonth period) {
        return render(sql, period, CalendarRange.around(period));
    }

    public static String render(String sql, YearMonth period, CalendarRange calendar) {
        return render(sql, period, calendar, CodeAdditions.none());
    }

    /** @param added codes mapping files added, labelled next to the contracts' own by the code-label tags */
    public static String render(String sql, YearMonth period, CalendarRange calendar, CodeAdditions added) {
        Matcher tag = TAG.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (tag.find()) {
            tag.appendReplacement(out, Matcher.quoteReplacement(resolve(tag.group(1), period, calendar, added)));
        }
        tag.appendTail(out);
        return out.toString();
    }

    static String sourceView(String function, String source) {
        return (function.equals("source_all") ? "src_all_" : "src_") + source;
    }

    private static String resolve(String expr, YearMonth period, CalendarRange calendar, CodeAdditions added) {
        if (expr.equals("period")) {
            return "'" + period + "'";
        }
        if (expr.equals("calendar_first")) {
            return "DATE'" + calendar.first() + "'";
        }
        if (expr.equals("calendar_last")) {
            return "DATE'" + calendar.last() + "'";
        }
        Matcher ref = REF.matcher(expr);
        if (ref.matches()) {
            return ref.group(1);
        }
        Matcher source = SOURCE.matcher(expr);
        if (source.matches()) {
            return sourceView(source.group(1), source.group(2));
        }
        Matcher label = CODE_LABEL.matcher(expr);
        if (label.matches()) {
            return "(" + CodeLabels.caseExpression(label.group(1), label.group(2), label.group(3), added) + ")";
        }
        if (expr.equals("all_code_labels()")) {
            return CodeLabels.allFields(added);
        }
        if (expr.equals("contract_sources()")) {
            return CodeLabels.sources();
        }
        Matcher labels = CODE_LABELS.matcher(expr);
        if (labels.matches()) {
            return CodeLabels.table(java.util.Arrays.stream(labels.group(1).split(","))
                    .map(f -> f.strip().replaceAll("^'|'$", "")).toList(), added);
        }
        Matcher macro = MACRO.matcher(expr);
        if (macro.matches()) {
            return "(" + macro(macro.group(1)).strip().replace("{{ arg }}", macro.group(2)) + ")";
        }
        throw new IllegalArgumentException("unknown template tag: {{ " + expr + " }}");
    }

    private static String macro(String name) {
        return resource("models/macros/" + name + ".sql");
    }

    static String resource(String path) {
        try (InputStream in = SqlTemplate.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> collect(String sql, Pattern inner, int group) {
        Set<String> found = new LinkedHashSet<>();
        Matcher tag = TAG.matcher(sql);
        while (tag.find()) {
            Matcher m = inner.matcher(tag.group(1));
            if (m.matches()) {
                found.add(m.group(group));
            }
        }
        return found;
    }
}
