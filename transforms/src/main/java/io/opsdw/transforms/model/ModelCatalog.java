package io.opsdw.transforms.model;

import io.opsdw.lakecontract.ResourceFolder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The models as declared in {@code models/<layer>/_models.yml} (one YAML per layer) with their SQL beside them.
 * The single source for the runner, the data-quality checks, docs/data-dictionary.md and DuckDB comments.
 */
public final class ModelCatalog {

    /**
     * Layers in build order; {@code system} holds tables the runner writes itself (dq_results), {@code warehouse} those
     * the publisher writes into the DuckDB file.
     */
    public static final List<String> LAYERS = List.of("staging", "dimensions", "facts", "system", "warehouse");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ModelCatalog() {
    }

    /** The marts (dimensions, facts, dq_results) with description, grain and column comments. */
    public static List<TableDoc> load() {
        return models().stream().filter(m -> m.materialization().inMarts()).map(ModelDef::doc).toList();
    }

    /** Every table of the published DuckDB file: the marts and the publisher's own tables. */
    public static List<TableDoc> published() {
        return models().stream().filter(m -> m.materialization().published()).map(ModelDef::doc).toList();
    }

    /** Every model in every layer, in declaration order (not yet dependency-sorted). */
    public static List<ModelDef> models() {
        List<ModelDef> all = new ArrayList<>();
        for (String layer : LAYERS) {
            all.addAll(layer(layer));
        }
        return all;
    }

    /**
     * A layer's models: those of its {@code _models.yml}, then one per {@code <model>.yml} beside its {@code .sql}
     * (same format, declaring that one model), so a new model can come as files of its own.
     */
    private static List<ModelDef> layer(String layer) {
        String folder = "models/" + layer;
        List<ModelDef> models = new ArrayList<>(declared(layer, folder + "/_models.yml"));
        for (String resource : ResourceFolder.list(ModelCatalog.class.getClassLoader(), folder, ".yml")) {
            if (resource.endsWith("/_models.yml")) {
                continue;
            }
            List<ModelDef> one = declared(layer, resource);
            String name = resource.substring(resource.lastIndexOf('/') + 1, resource.length() - ".yml".length());
            if (one.size() != 1 || !one.get(0).name().equals(name)) {
                throw new IllegalStateException(resource + ": a model's own YAML declares that one model (" + name + ")");
            }
            models.addAll(one);
        }
        return models;
    }

    private static List<ModelDef> declared(String layer, String resource) {
        String yaml = SqlTemplate.resource(resource);
        ModelYamlText.check(yaml, resource);
        LayerFile file;
        try {
            file = YAML.readValue(yaml, LayerFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        List<ModelDef> models = new ArrayList<>();
        for (ModelEntry e : file.models()) {
            Materialization mat = Materialization.valueOf(e.materialized().toUpperCase(Locale.ROOT));
            String sql = !mat.hasSql() ? "" : SqlTemplate.resource("models/" + layer + "/" + e.name() + ".sql");
            models.add(new ModelDef(e.name(), layer, mat, e.description(), e.grain(), e.key(), e.columns(), e.tests(),
                    sql, SqlTemplate.refs(sql)));
        }
        return models;
    }

    record LayerFile(List<ModelEntry> models) {
    }

    record ModelEntry(String name, String materialized, String description, String grain, List<String> key,
                      List<ColumnDoc> columns, List<TestDef> tests) {
    }
}
