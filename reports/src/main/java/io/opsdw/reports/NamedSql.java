package io.opsdw.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SQL text with {@code :name} placeholders, turned into a PreparedStatement with positional bound values. */
final class NamedSql {
    // ":name" but not the "::" cast operator.
    private static final Pattern PARAM = Pattern.compile("(?<![:\\w]):([a-z_][a-z0-9_]*)");

    private final String jdbcSql;
    private final List<String> names;

    NamedSql(String sql) {
        StringBuilder out = new StringBuilder();
        List<String> found = new ArrayList<>();
        Matcher m = PARAM.matcher(stripComments(sql));
        while (m.find()) {
            found.add(m.group(1));
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        this.jdbcSql = out.toString();
        this.names = List.copyOf(found);
    }

    PreparedStatement prepare(Connection c, Map<String, Object> values) throws SQLException {
        PreparedStatement ps = c.prepareStatement(jdbcSql);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("SQL refers to unknown parameter :" + name);
            }
            Object v = values.get(name);
            if (v == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else {
                ps.setObject(i + 1, v);
            }
        }
        return ps;
    }

    private static String stripComments(String sql) {
        return sql.replaceAll("(?m)--.*$", "");
    }
}
