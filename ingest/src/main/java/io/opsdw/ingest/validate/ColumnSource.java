package io.opsdw.ingest.validate;

import java.io.Serializable;
import java.util.List;

/** Where a contract field's text comes from in one file. */
public sealed interface ColumnSource extends Serializable {

    /** A column of the file, by index. */
    record Column(int index, String header) implements ColumnSource {
    }

    /** The same value on every row (mapping {@code constants}). */
    record Constant(String value) implements ColumnSource {
    }

    /** Text assembled from columns, the line number and the file name (mapping {@code templates}). */
    record Template(List<Part> parts) implements ColumnSource {
    }

    /** The unpivoted column's header (unpivot {@code name_field}). */
    record UnpivotName() implements ColumnSource {
    }

    /** The unpivoted cell (unpivot {@code value_field}). */
    record UnpivotValue() implements ColumnSource {
    }

    /** The export does not carry the field: always empty. */
    record Absent() implements ColumnSource {
    }

    /** One piece of a template: literal text, a column index, or {@code _line} / {@code _file}. */
    record Part(String literal, int column, String special) implements Serializable {
    }
}
