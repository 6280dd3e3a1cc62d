package io.opsdw.warehouse.pipeline;

import io.opsdw.warehouse.task.Console;
import io.opsdw.warehouse.task.TaskContext;
import io.opsdw.warehouse.task.TaskOutcome;
import io.opsdw.warehouse.lineage.LineageDataset;
import io.opsdw.warehouse.publish.DuckDbConnections;
import io.opsdw.warehouse.publish.DuckDbPublisher;
import io.opsdw.warehouse.publish.IngestManifests;
import io.opsdw.warehouse.publish.LakeInputs;
import io.opsdw.warehouse.publish.LocalZone;
import io.opsdw.warehouse.publish.PublishResult;
import io.opsdw.warehouse.publish.TableDocs;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.springframework.stereotype.Component;

/**
 * dw publish: marts -> a new DuckDB file, swapped in atomically. DuckDB reads the marts in place when the lake is local,
 * else from a copy on the home's local disk (removed afterwards).
 */
@Component
public class PublishStage {

    private final TableDocs docs;

    public PublishStage(TableDocs docs) {
        this.docs = docs;
    }

    /** What was published (tables and their rows, views, snapshot) and the task outcome. */
    public record Published(PublishResult result, TaskOutcome outcome) implements StageOutput {
    }

    public Published run(TaskContext context, YearMonth period) {
        Instant start = Instant.now();
        context.progress().step("publish");
        DuckDbConnections connections = new DuckDbConnections(context.settings().duckdb(), context.lake().tmp().resolve("duckdb"));
        PublishResult result;
        try (LocalZone marts = LocalZone.marts(context.lake(), context::lakeFs, context.runId());
             LocalZone quarantine = LocalZone.quarantine(context.lake(), context::lakeFs, context.runId())) {
            if (marts.copied()) {
                // DuckDB reads local files only: the marts and quarantine of a lake on HDFS/S3 are copied to home/tmp first
                context.console().stage("publish", "lake copied locally", String.format(java.util.Locale.ROOT, "%,d Parquet files, %.1f MB",
                        marts.files() + quarantine.files(), (marts.bytes() + quarantine.bytes()) / 1e6), Duration.between(start, Instant.now()));
            }
            LakeInputs inputs = new LakeInputs(marts.dir(), quarantine.dir(), IngestManifests.read(context.lake(), context.lakeFs()));
            result = new DuckDbPublisher(connections, context.settings().publish()).publish(context.lake(), inputs, context.runId(), period, Instant.now(), docs);
        }
        context.console().stage("publish", "warehouse", result.rowsByTable().size() + " tables, " + Console.count(result.totalRows())
                + " rows, " + result.views().size() + " views", Duration.between(start, Instant.now()));
        if (result.snapshot() != null) {
            context.console().line("          snapshot " + result.snapshot().getFileName() + " (the latest " + context.settings().publish().snapshots()
                    + " periods are kept" + (result.removedSnapshots().isEmpty() ? ""
                    : "; removed " + String.join(", ", result.removedSnapshots().stream().map(p -> p.getFileName().toString()).toList())) + ")");
        }
        if (!result.skippedViews().isEmpty()) {
            context.console().line("          views skipped (their tables are empty or absent): " + String.join(", ", result.skippedViews().keySet()));
        }
        TaskOutcome outcome = TaskOutcome.ok();
        // the marts, and the lake's quarantine and ingest manifests that become the tables of the same names
        result.rowsByTable().keySet().forEach(table -> outcome.read(LineageDataset.of(switch (table) {
            case "quarantine" -> context.lake().quarantineZone();
            case "ingest_manifest" -> context.lake().manifestsZone();
            default -> context.lake().mart(table);
        })));
        outcome.wrote(LineageDataset.of(context.lake().warehouseFile())).output(result.warehouseFile());
        if (result.snapshot() != null) {
            outcome.wrote(LineageDataset.of(result.snapshot())).output(result.snapshot());
        }
        return new Published(result, outcome
                .detail("tables", result.rowsByTable())
                .detail("views", result.views()));
    }
}
