package io.opsdw.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Canonical export formatting: the layout our own exports use before any dirt is applied. */
final class ValueFormat {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private ValueFormat() {
    }

    static String[] format(Row row) {
        ExportColumns contract = row.contract();
        String[] cells = new String[contract.fields().size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = format(contract.fields().get(i), row.value(i));
        }
        return cells;
    }

    static String format(ExportColumns.Field field, Object value) {
        if (value == null) {
            return "";
        }
        return switch (field.type()) {
            case "timestamp" -> ((LocalDateTime) value).format(TIMESTAMP);
            case "date" -> ((LocalDate) value).format(DATE);
            case "decimal" -> decimal((BigDecimal) value);
            case "boolean" -> ((Boolean) value) ? "是" : "否";
            case "code" -> codeLabel(field, (String) value);
            default -> value.toString();
        };
    }

    static String decimal(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A code is written as its first Chinese alias, the way the source systems print it. */
    static String codeLabel(ExportColumns.Field field, String code) {
        var labels = field.codes().get(code);
        if (labels == null || labels.isEmpty()) {
            throw new IllegalArgumentException(field.name() + " has no code " + code);
        }
        return labels.get(0);
    }
}
