package io.opsdw.transforms.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
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
 *       replaced by expr, and {@code {{ arg1 }}}, {@code {{ arg2 }}}, ... by its comma-separated arguments (quoted:
 *       {@code 'a, b'} is one argument); a macro's own tags are rendered too.</li>
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
        Matcher tag = TAG.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (tag.find()) {
            tag.appendReplacement(out, Matcher.quoteReplacement(resolve(tag.group(1), period, calendar)));
        }
        tag.appendTail(out);
        return out.toString();
    }

    static String sourceView(String function, String source) {
        return (function.equals("source_all") ? "src_all_" : "src_") + source;
    }

    private static String resolve(String expr, YearMonth period, CalendarRange calendar) {
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
            return "(" + CodeLabels.caseExpression(label.group(1), label.group(2), label.group(3)) + ")";
        }
        if (expr.equals("all_code_labels()")) {
            return CodeLabels.allFields();
        }
        if (expr.equals("contract_sources()")) {
            return CodeLabels.sources();
        }
        Matcher labels = CODE_LABELS.matcher(expr);
        if (labels.matches()) {
            return CodeLabels.table(java.util.Arrays.stream(labels.group(1).split(","))
                    .map(f -> f.strip().replaceAll("^'|'$", "")).toList());
        }
        Matcher macro = MACRO.matcher(expr);
        if (macro.matches()) {
            Map<String, String> args = new HashMap<>();
            args.put("arg", macro.group(2));
            List<String> positional = arguments(macro.group(2));
            for (int i = 0; i < positional.size(); i++) {
                args.put("arg" + (i + 1), positional.get(i));
            }
            String body = fill(macro(macro.group(1)).strip(), args);
            // a macro may use other tags (another macro, the calendar); its arguments are already plain SQL
            return "(" + render(body, period, calendar) + ")";
        }
        throw new IllegalArgumentException("unknown template tag: {{ " + expr + " }}");
    }

    /**
     * A macro's arguments for {@code {{ arg1 }}}, {@code {{ arg2 }}}, ...: split at commas outside parentheses and
     * quotes; a quoted argument ('unit_cost, category') stands for its text, so a column list is one argument.
     */
    static List<String> arguments(String text) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '\'' ) {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                args.add(unquote(current.toString().strip()));
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        args.add(unquote(current.toString().strip()));
        return args;
    }

    private static String unquote(String arg) {
        return arg.length() >= 2 && arg.startsWith("'") && arg.endsWith("'") && arg.indexOf('\'', 1) == arg.length() - 1
                ? arg.substring(1, arg.length() - 1) : arg;
    }

    /**
     * Replaces each {@code {{ name }}} placeholder of {@code template} by its value: a macro's arguments, a generic
     * test's model and column ({@code models/tests/*.sql}). Other tags are left for {@link #render}.
     */
    public static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{{ " + e.getKey() + " }}", e.getValue());
        }
        return out;
    }

    private static String macro(String name) {
        return resource("models/macros/" + name + ".sql");
    }

    /** A class-path resource as text (models, macros, generic tests). */
    public static String resource(String path) {
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
