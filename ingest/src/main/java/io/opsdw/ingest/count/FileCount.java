package io.opsdw.ingest.count;

import java.io.Serializable;
import java.util.List;

/** A file's independent count, table by table, or why it could not be counted ({@code error}, one line). */
public record FileCount(String file, List<SheetCount> tables, String error) implements Serializable {

    public FileCount {
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    public SheetCount table(int sheet) {
        return tables.stream().filter(t -> t.sheet() == sheet).findFirst().orElse(null);
    }
}
