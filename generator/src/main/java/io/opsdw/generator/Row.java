package io.opsdw.generator;

/** One typed row in contract field order; values are formatted only when written. */
final class Row {

    private final ExportColumns contract;
    private final Object[] values;

    Row(ExportColumns contract) {
        this.contract = contract;
        this.values = new Object[contract.fields().size()];
    }

    Row set(String field, Object value) {
        values[contract.index(field)] = value;
        return this;
    }

    Object get(String field) {
        return values[contract.index(field)];
    }

    ExportColumns contract() {
        return contract;
    }

    Object value(int index) {
        return values[index];
    }
}
