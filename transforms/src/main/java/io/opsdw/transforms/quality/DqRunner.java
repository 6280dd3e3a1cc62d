package io.opsdw.transforms.quality;

import io.opsdw.transforms.model.ModelDef;
import io.opsdw.transforms.model.SqlTemplate;
import io.opsdw.transforms.model.TestDef;
import io.opsdw.lakecontract.Parallel;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the models' declared tests. Each generic test is a SQL template in {@code models/tests/<type>.sql} that
 * returns the failing rows as {@code _key}. The manifest reconciliation compares a model's row count with the ingest's accepted count.
 */
public final class DqRunner {

    private static final int SAMPLE_SIZE = 5;
    private final SparkSession spark;
    private final ManifestCounts manifests;
    private final int threads;

    public DqRunner(SparkSession spark, ManifestCounts manifests, int threads) {
        this.spark = spark;
        this.manifests = manifests;
        this.threads = threads;
    }

    /**
     * @param rowCounts rows of each model (for reconciliation), e.g. from the written Parquet footers
     */
    public List<DqResult> run(List<ModelDef> models, YearMonth period, ToLongFunction<String> rowCounts) {
        // One query per model (its checks as UNION ALL branches), several models at a time: small Spark jobs are
        // latency-bound, so fewer queries side by side finish far sooner than one query per check.
        List<ModelDef> tested = models.stream().filter(m -> m.tests().stream()
                .anyMatch(t -> !t.type().equals("reconcile_manifest"))).toList();
        Map<String, Row> failed = new HashMap<>();
        Parallel.map(tested, threads, "opsdw-dq", m -> spark.sql(failuresOf(m)).collectAsList())
                .forEach(rows -> rows.forEach(r -> failed.put(r.getString(0) + "\u0000" + r.getString(1), r)));
        List<DqResult> results = new ArrayList<>();
        for (ModelDef model : models) {
            for (TestDef test : model.tests()) {
                if (test.type().equals("reconcile_manifest")) {
                    results.add(reconcile(model, test, period, rowCounts.applyAsLong(model.name())));
                    continue;
                }
                Row r = failed.get(model.name() + "\u0000" + test.checkName());
                results.add(r == null
                        ? new DqResult(model.name(), test.checkName(), test.severity(), true, 0, List.of())
                        : new DqResult(model.name(), test.checkName(), test.severity(), false, r.getLong(2),
                        r.<String>getList(3)));
            }
        }
        return results;
    }

    /** Failing rows per check of one model: model, check_name, failing_rows, sample_keys (checks that pass are absent). */
    private String failuresOf(ModelDef model) {
        List<String> branches = new ArrayList<>();
        for (TestDef test : model.tests()) {
            if (!test.type().equals("reconcile_manifest")) {
                branches.add("SELECT " + literal(model.name()) + " AS model, " + literal(test.checkName())
                        + " AS check_name, CAST(_key AS STRING) AS _key FROM (\n" + generic(model, test) + "\n)");
            }
        }
        return "SELECT model, check_name, count(*) AS failing_rows, slice(array_sort(collect_set(_key)), 1, "
                + SAMPLE_SIZE + ") AS sample_keys FROM (\n" + String.join("\nUNION ALL\n", branches)
                + "\n) GROUP BY model, check_name";
    }

    private String generic(ModelDef model, TestDef test) {
        return SqlTemplate.fill(template(test.type()), Map.of(
                "model", model.name(),
                "key", keyExpression(model),
                "column", nullToEmpty(test.column()),
                "to", nullToEmpty(test.to()),
                "field", nullToEmpty(test.field()),
                "values", test.values().stream().map(DqRunner::literal).collect(Collectors.joining(", ")),
                "failing_if", nullToEmpty(test.failingIf())));
    }

    private DqResult reconcile(ModelDef model, TestDef test, YearMonth period, long rows) {
        OptionalLong accepted = manifests.accepted(test.source(), period);
        // No manifest is only fine when there is nothing to reconcile.
        long expected = accepted.orElse(0L);
        long diff = Math.abs(rows - expected);
        String note = "rows=" + rows + " accepted=" + (accepted.isPresent() ? expected : "no manifest");
        return new DqResult(model.name(), test.checkName(), test.severity(), diff == 0, diff,
                diff == 0 ? List.of() : List.of(note));
    }

    /** Identifies a failing row by the model's declared key, e.g. {@code K-1001} or {@code S01|20261005}. */
    private static String keyExpression(ModelDef model) {
        if (model.key().isEmpty()) {
            return "'(no key)'";
        }
        return "concat_ws('|', " + model.key().stream().map(k -> "CAST(" + k + " AS STRING)")
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String literal(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String template(String type) {
        String path = "models/tests/" + type + ".sql";
        if (DqRunner.class.getClassLoader().getResource(path) == null) {
            throw new IllegalStateException("unknown test type " + type + " (no " + path + ")");
        }
        return SqlTemplate.resource(path);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
