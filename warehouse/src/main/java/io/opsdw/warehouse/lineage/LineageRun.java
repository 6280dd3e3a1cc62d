package io.opsdw.warehouse.lineage;

import io.openlineage.client.OpenLineage;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One OpenLineage run: a dw task, or a stage of {@code dw run} (a child run with the task as its parent). START when
 * it begins, then COMPLETE with what it read and wrote, or FAIL with the one-line error.
 */
public final class LineageRun {

    private final OpenLineage ol;
    private final Consumer<OpenLineage.RunEvent> emit;
    private final String namespace;
    private final String job;
    private final UUID runId;
    private final String dwRunId;
    private final String period;
    private final LineageRun parent;

    LineageRun(OpenLineage ol, Consumer<OpenLineage.RunEvent> emit, String namespace, String job, String dwRunId, String period,
               LineageRun parent) {
        this.ol = ol;
        this.emit = emit;
        this.namespace = namespace;
        this.job = job;
        this.dwRunId = dwRunId;
        this.period = period;
        this.parent = parent;
        // the spec wants a UUID per run; derived from dw's run id (and the stage) so the ledger and lineage line up
        this.runId = UUID.nameUUIDFromBytes((dwRunId + "/" + job).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A run that emits nothing (lineage not configured). */
    static LineageRun none() {
        return new LineageRun(null, e -> { }, "opsdw", "none", "-", null, null);
    }

    public UUID runId() {
        return runId;
    }

    public String job() {
        return job;
    }

    /** A stage of this task (ingest, transform, publish, report inside dw run), started now. */
    public LineageRun child(String stage) {
        LineageRun child = new LineageRun(ol, emit, namespace, job + "." + stage, dwRunId, period, this);
        child.start();
        return child;
    }

    void start() {
        send(OpenLineage.RunEvent.EventType.START, List.of(), List.of(), null);
    }

    public void complete(Collection<LineageDataset> inputs, Collection<LineageDataset> outputs) {
        send(OpenLineage.RunEvent.EventType.COMPLETE, inputs, outputs, null);
    }

    public void fail(String error) {
        send(OpenLineage.RunEvent.EventType.FAIL, List.of(), List.of(), error);
    }

    private void send(OpenLineage.RunEvent.EventType type, Collection<LineageDataset> inputs, Collection<LineageDataset> outputs,
                      String error) {
        if (ol == null) {
            return;
        }
        OpenLineage.RunFacet dw = ol.newRunFacet();
        dw.getAdditionalProperties().put("run_id", dwRunId);
        dw.getAdditionalProperties().put("period", period);
        OpenLineage.RunFacetsBuilder facets = ol.newRunFacetsBuilder().put("opsdw", dw);
        if (parent != null) {
            facets.parent(ol.newParentRunFacet(ol.newParentRunFacetRun(parent.runId, null),
                    ol.newParentRunFacetJob(namespace, parent.job, null), null));
        }
        if (error != null) {
            facets.errorMessage(ol.newErrorMessageRunFacet(error, "Java", null));
        }
        emit.accept(ol.newRunEventBuilder()
                .eventType(type)
                .eventTime(ZonedDateTime.now(ZoneOffset.UTC))
                .run(ol.newRunBuilder().runId(runId).facets(facets.build()).build())
                .job(ol.newJobBuilder().namespace(namespace).name(job).build())
                .inputs(inputs.stream().map(d -> ol.newInputDatasetBuilder().namespace(d.namespace()).name(d.name()).build()).toList())
                .outputs(outputs.stream().map(d -> ol.newOutputDatasetBuilder().namespace(d.namespace()).name(d.name()).build()).toList())
                .build());
    }
}
