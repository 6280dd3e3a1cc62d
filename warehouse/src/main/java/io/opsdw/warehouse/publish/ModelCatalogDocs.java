package io.opsdw.warehouse.publish;

import io.opsdw.transforms.model.ColumnDoc;
import io.opsdw.transforms.model.ModelCatalog;
import io.opsdw.transforms.model.TableDoc;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DuckDB comments from the transforms' model catalogue: the same YAML that generates docs/data-dictionary.md,
 * so what analysts read in DBeaver and in the docs can never disagree.
 */
public final class ModelCatalogDocs implements TableDocs {

    private final Map<String, TableDoc> tables = new LinkedHashMap<>();

    public ModelCatalogDocs() {
        for (TableDoc table : ModelCatalog.published()) {
            tables.put(table.name(), table);
        }
    }

    @Override
    public String table(String table) {
        TableDoc doc = tables.get(table);
        if (doc == null) {
            return null;
        }
        return doc.grain() == null || doc.grain().isBlank() ? doc.description() : doc.description() + " Grain: " + doc.grain();
    }

    @Override
    public Map<String, String> columns(String table) {
        Map<String, String> columns = new LinkedHashMap<>();
        TableDoc doc = tables.get(table);
        if (doc != null) {
            for (ColumnDoc column : doc.columns()) {
                columns.put(column.name(), column.description());
            }
        }
        return columns;
    }
}
