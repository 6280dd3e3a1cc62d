package io.opsdw.warehouse.publish;

import java.util.Map;

/** Table and column descriptions that become DuckDB comments (from the transforms' model catalogue). */
public interface TableDocs {

    /** Description of a table, or null. */
    String table(String table);

    /** Column descriptions of a table (may be empty). */
    Map<String, String> columns(String table);

    TableDocs NONE = new TableDocs() {
        @Override
        public String table(String table) {
            return null;
        }

        @Override
        public Map<String, String> columns(String table) {
            return Map.of();
        }
    };
}
