package io.opsdw.transforms.unit;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.function.BiFunction;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * YAML values to Spark values of a column's type (strictly: a number for a string column is an error, so
 * {@code customer_id: 001} cannot silently become "1"), and any value to the canonical text that is compared and
 * printed. Timestamps are written {@code "2026-10-05 23:59"} (seconds optional), dates {@code 2026-10-05}. A mapping
 * {@code {sql: "<expression>"}} is evaluated by Spark (macros allowed), e.g.
 * {@code {sql: "{{ surrogate_key('C001', DATE'1900-01-01') }}"}}.
 */
final class Values {

    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm")
            .optionalStart().appendPattern(":ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 6, true).optionalEnd()
            .optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    private Values() {
    }

    /**
     * The Spark value for a YAML value in a column of {@code type}.
     *
     * @param sql   evaluates {@code {sql: ...}} values: (expression, type) to value
     * @param where "given ref('x') row 2, column y", for the one-line error
     */
    static Object toSpark(JsonNode node, DataType type, BiFunction<String, DataType, Object> sql, String where) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            JsonNode expr = node.get("sql");
            if (expr == null || node.size() != 1 || !expr.isTextual()) {
                throw bad(where, type, node, "a mapping value must be {sql: \"<expression>\"}");
            }
            return sql.apply(expr.asText(), type);
        }
        if (type instanceof StringType) {
            if (!node.isTextual()) {
                throw bad(where, type, node, "quote it to give text");
            }
            return node.asText();
        }
        if (type instanceof IntegerType || type instanceof LongType || type instanceof ShortType
                || type instanceof ByteType) {
            if (!node.isIntegralNumber()) {
                throw bad(where, type, node, "give a whole number");
            }
            if (!node.canConvertToLong()) {
                throw bad(where, type, node, "out of range");
            }
            long v = node.longValue();
            if (type instanceof LongType) {
                return v;
            }
            long min = type instanceof IntegerType ? Integer.MIN_VALUE : type instanceof ShortType ? Short.MIN_VALUE
                    : Byte.MIN_VALUE;
            long max = type instanceof IntegerType ? Integer.MAX_VALUE : type instanceof ShortType ? Short.MAX_VALUE
                    : Byte.MAX_VALUE;
            if (v < min || v > max) {
                throw bad(where, type, node, "out of range");
            }
            return type instanceof IntegerType ? (Object) (int) v : type instanceof ShortType ? (Object) (short) v
                    : (Object) (byte) v;
        }
        if (type instanceof DecimalType d) {
            if (!node.isNumber()) {
                throw bad(where, type, node, "give a number");
            }
            BigDecimal v = node.decimalValue();
            try {
                v = v.setScale(d.scale(), RoundingMode.UNNECESSARY);
            } catch (ArithmeticException e) {
                throw bad(where, type, node, "more than " + d.scale() + " decimals");
            }
            if (v.precision() > d.precision()) {
                throw bad(where, type, node, "more than " + d.precision() + " digits");
            }
            return v;
        }
        if (type instanceof DoubleType || type instanceof FloatType) {
            if (!node.isNumber()) {
                throw bad(where, type, node, "give a number");
            }
            return type instanceof DoubleType ? (Object) node.doubleValue() : (Object) node.floatValue();
        }
        if (type instanceof BooleanType) {
            if (!node.isBoolean()) {
                throw bad(where, type, node, "give true or false");
            }
            return node.booleanValue();
        }
        if (type instanceof DateType) {
            try {
                return LocalDate.parse(requireText(node, type, where, "yyyy-MM-dd"));
            } catch (DateTimeParseException e) {
                throw bad(where, type, node, "not yyyy-MM-dd");
            }
        }
        if (type instanceof TimestampNTZType || type instanceof TimestampType) {
            LocalDateTime t;
            try {
                t = LocalDateTime.parse(requireText(node, type, where, "\"yyyy-MM-dd HH:mm[:ss]\"").replace('T', ' '),
                        TIMESTAMP);
            } catch (DateTimeParseException e) {
                throw bad(where, type, node, "not \"yyyy-MM-dd HH:mm[:ss]\"");
            }
            return type instanceof TimestampType ? t.toInstant(ZoneOffset.UTC) : t;
        }
        throw bad(where, type, node, "the harness has no fixture form for this type");
    }

    /** Canonical text of a Spark value: compared between expected and produced rows, and printed in diffs. */
    static String canonical(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return quote(s);
        }
        if (v instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof LocalDate || v instanceof java.sql.Date) {
            return v instanceof java.sql.Date d ? d.toLocalDate().toString() : v.toString();
        }
        if (v instanceof LocalDateTime t) {
            return timestamp(t);
        }
        if (v instanceof Instant i) {
            return timestamp(LocalDateTime.ofInstant(i, ZoneOffset.UTC)) + "Z";
        }
        if (v instanceof Timestamp ts) {
            return timestamp(LocalDateTime.ofInstant(ts.toInstant(), ZoneOffset.UTC)) + "Z";
        }
        if (v instanceof scala.collection.Seq<?> seq) {
            StringBuilder sb = new StringBuilder("[");
            scala.collection.Iterator<?> it = seq.iterator();
            while (it.hasNext()) {
                sb.append(canonical(it.next()));
                if (it.hasNext()) {
                    sb.append(", ");
                }
            }
            return sb.append(']').toString();
        }
        return v.toString();
    }

    private static String timestamp(LocalDateTime t) {
        String s = t.toLocalDate() + " " + String.format("%02d:%02d", t.getHour(), t.getMinute());
        if (t.getSecond() != 0 || t.getNano() != 0) {
            s += String.format(":%02d", t.getSecond());
        }
        if (t.getNano() != 0) {
            s += "." + String.format("%06d", t.getNano() / 1000).replaceAll("0+$", "");
        }
        return s;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String requireText(JsonNode node, DataType type, String where, String form) {
        if (!node.isTextual()) {
            throw bad(where, type, node, "write it as " + form);
        }
        return node.asText();
    }

    private static UnitTestDefinitionException bad(String where, DataType type, JsonNode node, String hint) {
        String given = node.isTextual() ? quote(node.asText()) : node.toString();
        return new UnitTestDefinitionException(where + " is " + type.sql() + " but the value " + given
                + " (" + kind(node) + ") does not fit: " + hint);
    }

    private static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "text";
        }
        if (node.isIntegralNumber()) {
            return "whole number";
        }
        if (node.isNumber()) {
            return "decimal number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
