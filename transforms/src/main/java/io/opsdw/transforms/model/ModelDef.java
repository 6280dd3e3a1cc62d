package io.opsdw.transforms.model;

import java.util.List;
import java.util.Set;

/**
 * One model: its declaration (from the layer's YAML) and its SQL (from {@code <layer>/<name>.sql}).
 * Dependencies are the models named in {@code {{ ref('x') }}}; sources those named in
 * {@code {{ source('x') }}} (the run's period) or {@code {{ source_all('x') }}} (every period).
 */
public record ModelDef(String name, String layer, Materialization materialization, String description, String grain,
                       List<String> key, List<ColumnDoc> columns, List<TestDef> tests, String sql,
                       Set<String> refs) {

    public ModelDef {
        key = key == null ? List.of() : List.copyOf(key);
        columns = columns == null ? List.of() : List.copyOf(columns);
        tests = tests == null ? List.of() : List.copyOf(tests);
        refs = refs == null ? Set.of() : Set.copyOf(refs);
    }

    public TableDoc doc() {
        return new TableDoc(name, materialization.code(), description, grain, columns);
    }
}
