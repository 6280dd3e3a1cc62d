package io.opsdw.transforms.unit;

import io.opsdw.transforms.model.DependencyOrder;
import io.opsdw.transforms.model.ModelCatalog;
import io.opsdw.transforms.model.ModelDef;
import io.opsdw.transforms.model.SqlTemplate;
import io.opsdw.lakecontract.LandingSchema;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.transforms.run.SourceLoader;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The real schema of every view a model can read, so fixture rows are typed exactly as in production: raw sources
 * from the ingest contracts (with the {@code period} column {@code SourceLoader} adds), models from Spark's analysis
 * of their rendered SQL over empty upstream views (no data is read; Spark only resolves types).
 */
final class ModelSchemas {

    private final Map<String, StructType> views;
    private final Map<String, ModelDef> models;

    private ModelSchemas(Map<String, StructType> views, Map<String, ModelDef> models) {
        this.views = views;
        this.models = models;
    }

    static ModelSchemas of(SparkSession spark) {
        SparkSession session = spark.newSession();
        Map<String, StructType> views = new LinkedHashMap<>();
        for (SourceContract source : SourceLoader.sources()) {
            StructType schema = LandingSchema.raw(source).add("period", DataTypes.StringType, true);
            for (String view : List.of("src_" + source.source(), "src_all_" + source.source())) {
                views.put(view, schema);
                empty(session, schema).createOrReplaceTempView(view);
            }
        }
        Map<String, ModelDef> models = new LinkedHashMap<>();
        List<ModelDef> sorted = DependencyOrder.sort(ModelCatalog.models().stream()
                .filter(m -> m.materialization().hasSql()).toList());
        for (ModelDef m : sorted) {
            StructType schema = nullable(session.sql(SqlTemplate.render(m.sql(), YearMonth.of(2026, 1))).schema());
            views.put(m.name(), schema);
            models.put(m.name(), m);
            empty(session, schema).createOrReplaceTempView(m.name());
        }
        return new ModelSchemas(views, models);
    }

    /** Schema of a view a model reads: a model's name, {@code src_<s>} or {@code src_all_<s>}. */
    StructType view(String name) {
        StructType schema = views.get(name);
        if (schema == null) {
            throw new IllegalArgumentException("no such view " + name);
        }
        return schema;
    }

    ModelDef model(String name) {
        return models.get(name);
    }

    static org.apache.spark.sql.Dataset<Row> empty(SparkSession session, StructType schema) {
        return session.createDataFrame(List.of(), schema);
    }

    /** Fixtures may give NULL for any column (a literal column is non-nullable in the model's own schema). */
    private static StructType nullable(StructType schema) {
        StructField[] fields = schema.fields().clone();
        for (int i = 0; i < fields.length; i++) {
            fields[i] = new StructField(fields[i].name(), fields[i].dataType(), true, fields[i].metadata());
        }
        return new StructType(fields);
    }
}
