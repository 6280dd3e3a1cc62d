package io.opsdw.warehouse.task;

import io.opsdw.warehouse.lineage.LineageDataset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a task did: status, row counts and the files it wrote. Becomes the JSON line Airflow pushes to XCom. */
public final class TaskOutcome {

    /** INCOMPLETE: the task did its part and found the month incomplete (dw status): exit 65, nothing to retry. */
    public enum Status { OK, NOTHING_TO_DO, INCOMPLETE }

    private Status status = Status.OK;
    private long rowsIn;
    private long accepted;
    private long quarantined;
    private final List<String> outputs = new ArrayList<>();
    private final Map<String, Object> details = new LinkedHashMap<>();
    private final Set<LineageDataset> read = new LinkedHashSet<>();
    private final Set<LineageDataset> wrote = new LinkedHashSet<>();

    public static TaskOutcome ok() {
        return new TaskOutcome();
    }

    public static TaskOutcome nothingToDo(String why) {
        TaskOutcome outcome = new TaskOutcome();
        outcome.status = Status.NOTHING_TO_DO;
        outcome.details.put("reason", why);
        return outcome;
    }

    /** The month is incomplete (exit 65); {@code why} is the one line saying what is missing. */
    public TaskOutcome incomplete(String why) {
        status = Status.INCOMPLETE;
        details.put("reason", why);
        return this;
    }

    public TaskOutcome addCounts(long in, long acceptedRows, long quarantinedRows) {
        rowsIn += in;
        accepted += acceptedRows;
        quarantined += quarantinedRows;
        return this;
    }

    public TaskOutcome output(Object path) {
        String p = String.valueOf(path);
        if (!outputs.contains(p)) {
            outputs.add(p);
        }
        return this;
    }

    /** A dataset the task read (an export file, a lake partition, a mart, the warehouse file), for its lineage. */
    public TaskOutcome read(LineageDataset dataset) {
        read.add(dataset);
        return this;
    }

    /** A dataset the task wrote, for its lineage. */
    public TaskOutcome wrote(LineageDataset dataset) {
        wrote.add(dataset);
        return this;
    }

    public Set<LineageDataset> lineageInputs() {
        return read;
    }

    public Set<LineageDataset> lineageOutputs() {
        return wrote;
    }

    public TaskOutcome detail(String key, Object value) {
        details.put(key, value);
        return this;
    }

    /** Folds a sub-task's outcome into this one (dw run = ingest + transform + publish + report). */
    public TaskOutcome merge(TaskOutcome other) {
        addCounts(other.rowsIn, other.accepted, other.quarantined);
        other.outputs.forEach(this::output);
        read.addAll(other.read);
        wrote.addAll(other.wrote);
        // the later sub-task describes the state now (e.g. the last month of a backfill): its details win
        details.putAll(other.details);
        return this;
    }

    public Status status() {
        return status;
    }

    public long rowsIn() {
        return rowsIn;
    }

    public long accepted() {
        return accepted;
    }

    public long quarantined() {
        return quarantined;
    }

    public List<String> outputs() {
        return outputs;
    }

    public Map<String, Object> details() {
        return details;
    }
}
