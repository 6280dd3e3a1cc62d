package io.opsdw.warehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of docs/analysts.md, run against the demo warehouse: each example's SQL gives exactly the
 * answer the page prints, and an independent query (on the facts and dimensions, written here, sharing nothing
 * with the example or the views) gives the same answer. OPSDW_UPDATE_DOCS=1 rewrites the printed answers from the
 * examples' results (the independent check still has to pass).
 */
class AnalystExamplesTest {
    static final Path DOC = Path.of("..", "docs", "analysts.md");

    /** Same-named departments carry their business line, as v_department labels them; written again here. */
    static final String DEPT_LABEL = "d.dept_name || CASE WHEN (SELECT count(DISTINCT x.business_line) FROM dim_department x "
            + "WHERE x.dept_key <> 0 AND x.dept_name = d.dept_name) > 1 THEN ' (' || d.business_line_name_zh || ')' ELSE '' END";

    static final Map<Integer, String> INDEPENDENT = Map.of(
            1, "SELECT d.dept_code AS responsible_dept_code, " + DEPT_LABEL + " AS responsible_dept_label_zh, count(*) AS valid "
                    + "FROM fact_complaint f JOIN dim_complaint_category c USING (complaint_category_key) "
                    + "JOIN dim_department d ON d.dept_key = f.responsible_dept_key "
                    + "WHERE f.period = '2026-10' AND c.record_type = 'complaint' AND c.validity = 'valid' "
                    + "GROUP BY d.dept_code, d.dept_name, d.business_line_name_zh ORDER BY valid DESC, d.dept_code LIMIT 5",
            2, "SELECT s.business_line_name_zh, c.cause_type_name_zh, count(*) AS complaints FROM fact_complaint f "
                    + "JOIN dim_site s USING (site_key) JOIN dim_complaint_category c USING (complaint_category_key) "
                    + "WHERE f.period = '2026-10' AND c.record_type = 'complaint' GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2",
            3, "SELECT s.site_code, s.site_name, count(*) AS complaints, "
                    + "round(100.0 * count(*) FILTER (WHERE CAST(f.resolved_at AS DATE) = CAST(f.received_at AS DATE)) / count(*), 1) AS pct_same_day "
                    + "FROM fact_complaint f JOIN dim_site s USING (site_key) JOIN dim_complaint_category c USING (complaint_category_key) "
                    + "WHERE f.period = '2026-10' AND c.record_type = 'complaint' GROUP BY 1, 2 ORDER BY 4, 1",
            4, "SELECT f.complaint_id, s.site_name, strftime(f.received_at, '%Y-%m-%d %H:%M') AS received, "
                    + DEPT_LABEL + " AS responsible_dept_label_zh FROM fact_complaint f JOIN dim_site s USING (site_key) "
                    + "JOIN dim_complaint_category c USING (complaint_category_key) JOIN dim_department d ON d.dept_key = f.responsible_dept_key "
                    + "WHERE c.severity = 'major' AND f.closed_at IS NULL ORDER BY f.received_at, f.complaint_id LIMIT 5",
            5, "SELECT i.service_item_name, count(*) AS reached, "
                    + "round(100.0 * count(*) FILTER (WHERE l.result_code = 'satisfied') / count(*), 1) AS pct_satisfied "
                    + "FROM fact_callback f JOIN dim_service_item i USING (service_item_key) JOIN dim_satisfaction_level l USING (satisfaction_key) "
                    + "WHERE f.period = '2026-10' AND l.result_code IN ('satisfied', 'neutral', 'dissatisfied') "
                    + "GROUP BY 1 ORDER BY 3, 1 LIMIT 5",
            6, "WITH m AS (SELECT customer_id, site_code FROM dim_customer WHERE is_member AND customer_key <> 0 "
                    + "AND DATE '2026-10-31' BETWEEN valid_from AND valid_to - 1), "
                    + "c AS (SELECT DISTINCT k.customer_id FROM fact_callback f JOIN dim_customer k USING (customer_key) WHERE f.period = '2026-10') "
                    + "SELECT m.site_code, count(*) AS members, count(c.customer_id) AS members_called, "
                    + "count(*) - count(c.customer_id) AS members_not_called, round(100.0 * count(c.customer_id) / count(*), 1) AS pct_called "
                    + "FROM m LEFT JOIN c USING (customer_id) GROUP BY 1 ORDER BY 5, 1",
            7, "SELECT e.employee_id, e.employee_name, count(*) AS late FROM fact_callback f "
                    + "JOIN dim_date cd ON cd.date_key = f.callback_date_key JOIN dim_date sd ON sd.date_key = f.service_date_key "
                    + "JOIN dim_employee e ON e.employee_key = f.caller_employee_key "
                    + "WHERE f.period = '2026-10' AND cd.date - sd.date > 3 GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 5",
            8, "WITH counted AS (SELECT site_key, date_key, visits, isodow(CAST(strptime(CAST(date_key AS VARCHAR), '%Y%m%d') AS DATE)) >= 6 AS weekend "
                    + "FROM fact_daily_traffic WHERE period = '2026-10'), "
                    + "cost AS (SELECT isodow(CAST(m.moved_at AS DATE)) >= 6 AS weekend, sum(m.cost_amount) AS cost "
                    + "FROM fact_inventory_movement m JOIN dim_movement_type t USING (movement_type_key) "
                    + "WHERE m.period = '2026-10' AND t.movement_type_code = 'issue' AND m.location = 'water_bar' "
                    + "AND EXISTS (SELECT 1 FROM counted c WHERE c.site_key = m.site_key AND c.date_key = m.date_key) GROUP BY 1), "
                    + "v AS (SELECT weekend, sum(visits) AS visits FROM counted GROUP BY 1) "
                    + "SELECT CASE WHEN v.weekend THEN 'Sat-Sun' ELSE 'Mon-Fri' END AS days, v.visits, round(cost.cost, 2) AS water_bar_cost, "
                    + "round(cost.cost / v.visits, 2) AS cost_per_visit FROM v JOIN cost USING (weekend) ORDER BY 1",
            9, "SELECT t.movement_type_name_zh, round(sum(m.cost_amount), 2) AS cost FROM fact_inventory_movement m "
                    + "JOIN dim_movement_type t USING (movement_type_key) "
                    + "WHERE m.period = '2026-10' AND t.movement_type_code IN ('waste', 'expired', 'breakage', 'loss') GROUP BY 1 ORDER BY 2 DESC",
            10, "SELECT s.stage_name_zh, count(*) AS orders, round(sum(o.outstanding), 2) AS outstanding FROM fact_order o "
                    + "JOIN dim_order_status s USING (order_status_key) WHERE o.period = '2026-10' GROUP BY s.stage, 1 ORDER BY 3 DESC");

    record Example(int number, String sql, int tableStart, int tableEnd, String indent, List<List<String>> answer) {
    }

    @Test
    void everyWorkedExamplePrintsTheAnswerItsSqlAndAnIndependentQueryGive() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(DOC, StandardCharsets.UTF_8));
        List<Example> examples = parse(lines);
        assertThat(examples).extracting(Example::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        boolean update = System.getenv("OPSDW_UPDATE_DOCS") != null;
        try (Connection c = DemoHome.readOnly()) {
            for (int i = examples.size() - 1; i >= 0; i--) { // bottom up, so rewriting a table keeps earlier line numbers
                Example e = examples.get(i);
                List<List<String>> result = query(c, e.sql());
                assertThat(result).as("example %d returns rows", e.number()).hasSizeGreaterThan(1);
                assertSameAnswer("example " + e.number() + " against an independent query", query(c, INDEPENDENT.get(e.number())), result);
                if (update) {
                    lines.subList(e.tableStart(), e.tableEnd()).clear();
                    lines.addAll(e.tableStart(), table(result, e.indent()));
                } else {
                    assertSameAnswer("docs/analysts.md example " + e.number() + " as printed", e.answer(), result);
                }
            }
        }
        if (update) {
            Files.write(DOC, lines, StandardCharsets.UTF_8);
        }
    }

    /** The independent query's columns (a subset, by name) hold the same values, row by row; numbers compared as numbers. */
    static void assertSameAnswer(String what, List<List<String>> expected, List<List<String>> actual) {
        List<String> header = actual.get(0);
        assertThat(header).as(what + ": columns").containsAll(expected.get(0));
        assertThat(actual.size()).as(what + ": rows").isEqualTo(expected.size());
        for (int r = 1; r < expected.size(); r++) {
            for (int col = 0; col < expected.get(0).size(); col++) {
                String e = expected.get(r).get(col);
                String a = actual.get(r).get(header.indexOf(expected.get(0).get(col)));
                assertThat(same(e, a)).as(what + ": row " + r + " " + expected.get(0).get(col) + " expected " + e + ", got " + a).isTrue();
            }
        }
    }

    static boolean same(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException | NullPointerException notNumbers) {
            return java.util.Objects.equals(a, b);
        }
    }

    static List<List<String>> query(Connection c, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> header = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                header.add(md.getColumnLabel(i));
            }
            rows.add(header);
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static final Pattern QUESTION = Pattern.compile("^(\\d+)\\. \\*\\*.*");

    /** Each numbered question of the worked examples: its ```sql block and the answer table after it. */
    static List<Example> parse(List<String> lines) {
        List<Example> out = new ArrayList<>();
        int start = lines.indexOf("## Worked examples");
        assertThat(start).as("docs/analysts.md has a '## Worked examples' section").isNotNegative();
        for (int i = start; i < lines.size(); i++) {
            Matcher q = QUESTION.matcher(lines.get(i));
            if (!q.matches()) {
                continue;
            }
            int sqlStart = indexFrom(lines, i, l -> l.strip().equals("```sql")) + 1;
            int sqlEnd = indexFrom(lines, sqlStart, l -> l.strip().equals("```"));
            String sql = String.join("\n", lines.subList(sqlStart, sqlEnd).stream().map(String::strip).toList())
                    .replaceAll(";\\s*$", "");
            int tableStart = indexFrom(lines, sqlEnd, l -> l.strip().startsWith("|"));
            int tableEnd = tableStart;
            while (tableEnd < lines.size() && lines.get(tableEnd).strip().startsWith("|")) {
                tableEnd++;
            }
            List<List<String>> answer = new ArrayList<>();
            for (String row : lines.subList(tableStart, tableEnd)) {
                if (!row.strip().startsWith("|---")) {
                    answer.add(cells(row));
                }
            }
            String indent = lines.get(tableStart).substring(0, lines.get(tableStart).indexOf('|'));
            out.add(new Example(Integer.parseInt(q.group(1)), sql, tableStart, tableEnd, indent, answer));
            i = tableEnd;
        }
        return out;
    }

    static int indexFrom(List<String> lines, int from, java.util.function.Predicate<String> p) {
        for (int i = from; i < lines.size(); i++) {
            if (p.test(lines.get(i))) {
                return i;
            }
        }
        throw new AssertionError("docs/analysts.md: an example lacks its SQL or its answer table after line " + from);
    }

    static List<String> cells(String row) {
        String s = row.strip();
        List<String> cells = new ArrayList<>();
        for (String c : s.substring(1, s.length() - 1).split("\\|", -1)) {
            cells.add(c.strip());
        }
        return cells;
    }

    static List<String> table(List<List<String>> result, String indent) {
        List<String> out = new ArrayList<>();
        out.add(indent + "| " + String.join(" | ", result.get(0)) + " |");
        out.add(indent + "|" + "---|".repeat(result.get(0).size()));
        for (List<String> row : result.subList(1, result.size())) {
            out.add(indent + "| " + String.join(" | ", row.stream().map(v -> v == null ? "NULL" : v).toList()) + " |");
        }
        return out;
    }
}
