package io.opsdw.transforms.model;

import java.util.List;

/** A published table as the warehouse should describe it: table comment, grain and column comments. */
public record TableDoc(String name, String materialization, String description, String grain, List<ColumnDoc> columns) {

    public TableDoc {
        columns = List.copyOf(columns);
    }
}
