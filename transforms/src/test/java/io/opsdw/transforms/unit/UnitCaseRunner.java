package io.opsdw.transforms.unit;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsdw.transforms.model.ModelDef;
import io.opsdw.transforms.model.SqlTemplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Runs one unit case the way {@code TransformJob} runs the model: the model's SQL from the catalog rendered by
 * {@link SqlTemplate} for the case's period, reading temp views named exactly as production names them
 * ({@code ref('m')} is view {@code m}, {@code source('s')} view {@code src_s}, {@code source_all('s')}
 * {@code src_all_s}). The harness registers the given rows under those names, typed with the input's real schema,
 * and every input not given as an empty view of that schema. Each case runs in its own Spark session (same
 * SparkContext, own temp views), so cases cannot see each other's fixtures.
 */
public final class UnitCaseRunner {

    /**
     * Settings for a few rows per input; none changes a result. Compiling generated code and re-planning adaptively
     * cost more than they save on tiny inputs (a warm pass over all cases takes about half the time without them);
     * one partition per local relation and per shuffle means one task per stage. Production settings run end to end
     * in TransformJobTest.
     */
    private static final Map<String, String> TINY_DATA = Map.of(
            "spark.sql.shuffle.partitions", "1",
            "spark.sql.leafNodeDefaultParallelism", "1",
            "spark.sql.adaptive.enabled", "false",
            "spark.sql.codegen.wholeStage", "false",
            "spark.sql.codegen.factoryMode", "NO_CODEGEN",
            "spark.sql.datetime.java8API.enabled", "true");

    /** {sql: ...} values by (rendered expression, type): deterministic, and dimension cases repeat them. */
    private static final Map<String, Object> SQL_VALUES = new java.util.concurrent.ConcurrentHashMap<>();

    private final SparkSession spark;
    private final ModelSchemas schemas;

    public UnitCaseRunner(SparkSession spark) {
        this.spark = spark;
        this.schemas = ModelSchemas.of(spark);
    }

    /** Runs the case; an {@link AssertionError} carries the diff, a {@link UnitTestDefinitionException} a bad case. */
    public void run(UnitCase c) {
        String failure = check(c);
        if (failure != null) {
            throw new AssertionError(c.label() + (c.description() == null ? "" : "\n  " + c.description().strip())
                    + "\n" + failure);
        }
    }

    /** Null when the case passes, otherwise what went wrong (the diff). */
    public String check(UnitCase c) {
        ModelDef model = schemas.model(c.model());
        if (model == null) {
            throw new UnitTestDefinitionException(c.file() + ": no model named " + c.model() + " in the catalog");
        }
        SparkSession session = spark.newSession();
        TINY_DATA.forEach(session.conf()::set);

        Map<String, String> inputs = inputs(model);
        Map<String, UnitCase.Given> given = new LinkedHashMap<>();
        for (UnitCase.Given g : c.given()) {
            String view = view(g.input(), c);
            if (!inputs.containsKey(view)) {
                throw new UnitTestDefinitionException(c.label() + ": " + c.model() + " does not read " + g.input()
                        + "; it reads " + String.join(", ", inputs.values()));
            }
            given.put(view, g);
        }
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            String view = input.getKey();
            StructType schema = schemas.view(view);
            UnitCase.Given g = given.get(view);
            Dataset<Row> df = g == null ? ModelSchemas.empty(session, schema)
                    : session.createDataFrame(rows(c, input.getValue(), view, schema, g.rows(), session), schema);
            df.createOrReplaceTempView(view);
        }

        List<Row> produced;
        StructType outSchema;
        try {
            Dataset<Row> out = session.sql(SqlTemplate.render(model.sql(), c.period()));
            if (c.where() != null) {
                out = where(out, c);
            }
            outSchema = out.schema();
            produced = out.collectAsList();
        } catch (UnitTestDefinitionException e) {
            throw e;
        } catch (Exception e) { // Spark's AnalysisException is checked in Java terms but undeclared
            if (c.expectError() != null) {
                String message = String.valueOf(e.getMessage());
                return message.contains(c.expectError()) ? null
                        : "expected an error containing \"" + c.expectError() + "\" but the model failed with: "
                                + firstLine(message);
            }
            throw new AssertionError(c.label() + ": the model failed: " + firstLine(String.valueOf(e.getMessage())), e);
        }
        if (c.expectError() != null) {
            return "expected an error containing \"" + c.expectError() + "\" but the model produced "
                    + produced.size() + " rows";
        }

        List<String> columns = c.expect().isEmpty() ? Arrays.asList(outSchema.fieldNames())
                : new ArrayList<>(c.expect().get(0).keySet());
        int[] index = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            index[i] = fieldIndex(outSchema, columns.get(i), c.label() + " expect: " + c.model());
        }
        List<List<String>> expected = new ArrayList<>();
        int n = 0;
        for (Map<String, JsonNode> row : c.expect()) {
            n++;
            List<String> values = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                DataType type = outSchema.fields()[index[i]].dataType();
                values.add(Values.canonical(Values.toSpark(row.get(columns.get(i)), type, sql(session, c),
                        c.label() + " expect row " + n + ", column " + columns.get(i))));
            }
            expected.add(values);
        }
        List<List<String>> actual = new ArrayList<>();
        for (Row r : produced) {
            List<String> values = new ArrayList<>();
            for (int i : index) {
                values.add(Values.canonical(r.get(i)));
            }
            actual.add(values);
        }
        return RowDiff.diff(columns, expected, actual, c.ordered());
    }

    /** The views the model reads, each with the tag a case names it by. */
    private static Map<String, String> inputs(ModelDef model) {
        Map<String, String> inputs = new LinkedHashMap<>();
        model.refs().stream().sorted().forEach(r -> inputs.put(r, "ref('" + r + "')"));
        for (String view : SqlTemplate.sourceViews(model.sql())) {
            inputs.put(view, view.startsWith("src_all_") ? "source_all('" + view.substring(8) + "')"
                    : "source('" + view.substring(4) + "')");
        }
        return inputs;
    }

    /** The view an input tag renders to, by the production template (so names cannot drift from TransformJob's). */
    private static String view(String input, UnitCase c) {
        try {
            return SqlTemplate.render("{{ " + input + " }}", c.period());
        } catch (IllegalArgumentException e) {
            throw new UnitTestDefinitionException(c.label() + ": input " + input
                    + " is not ref('model'), source('s') or source_all('s')");
        }
    }

    private List<Row> rows(UnitCase c, String input, String view, StructType schema, List<Map<String, JsonNode>> given,
                           SparkSession session) {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (Map<String, JsonNode> row : given) {
            n++;
            String where = c.label() + " given " + input + " row " + n;
            for (String column : row.keySet()) {
                fieldIndex(schema, column, where + ": " + input);
            }
            Object[] values = new Object[schema.size()];
            for (int i = 0; i < values.length; i++) {
                StructField f = schema.fields()[i];
                JsonNode v = row.get(f.name());
                if (v == null && f.name().equals("period") && view.startsWith("src_")) {
                    values[i] = c.period().toString(); // SourceLoader always sets a source row's period
                } else {
                    values[i] = Values.toSpark(v, f.dataType(), sql(session, c), where + ", column " + f.name());
                }
            }
            rows.add(RowFactory.create(values));
        }
        return rows;
    }

    /** Evaluates {sql: "..."} values, macros rendered by the production template. */
    private static java.util.function.BiFunction<String, DataType, Object> sql(SparkSession session, UnitCase c) {
        return (expr, type) -> {
            String query = "SELECT CAST((" + SqlTemplate.render(expr, c.period()) + ") AS " + type.sql() + ")";
            Object cached = SQL_VALUES.get(query);
            if (cached != null) {
                return cached;
            }
            Object value;
            try {
                value = session.sql(query).collectAsList().get(0).get(0);
            } catch (Exception e) {
                throw new UnitTestDefinitionException(c.label() + ": {sql: \"" + expr + "\"} failed: "
                        + firstLine(String.valueOf(e.getMessage())));
            }
            if (value != null) {
                SQL_VALUES.put(query, value);
            }
            return value;
        };
    }

    private static Dataset<Row> where(Dataset<Row> out, UnitCase c) {
        try {
            return out.where(c.where());
        } catch (Exception e) {
            throw new UnitTestDefinitionException(c.label() + ": where '" + c.where() + "' failed: "
                    + firstLine(String.valueOf(e.getMessage())));
        }
    }

    private static int fieldIndex(StructType schema, String column, String where) {
        for (int i = 0; i < schema.fields().length; i++) {
            if (schema.fields()[i].name().equals(column)) {
                return i;
            }
        }
        throw new UnitTestDefinitionException(where + " has no column '" + column + "' (columns: "
                + String.join(", ", schema.fieldNames()) + ")");
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
