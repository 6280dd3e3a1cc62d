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
    private String reason;
    private Map<String, String> inputChecksums; // null: the task read no export files
    private final Map<String, Object> details = new LinkedHashMap<>();
    private final Set<LineageDataset> read = new LinkedHashSet<>();
    private final Set<LineageDataset> wrote = new LinkedHashSet<>();

    public static TaskOutcome ok() {
        return new TaskOutcome();
    }

    public static TaskOutcome nothingToDo(String why) {
        TaskOutcome outcome = new TaskOutcome();
        outcome.status = Status.NOTHING_TO_DO;
        return outcome.reason(why);
    }

    /** The month is incomplete (exit 65); {@code why} is the one line saying what is missing. */
    public TaskOutcome incomplete(String why) {
        status = Status.INCOMPLETE;
        return reason(why);
    }

    private TaskOutcome reason(String why) {
        reason = why;
        details.put("reason", why);
        return this;
    }

    /** The export files read and their checksums (file name -> sha256), recorded in the run ledger. */
    public TaskOutcome inputChecksums(Map<String, String> checksums) {
        inputChecksums = new LinkedHashMap<>(checksums);
        details.put("input_checksums", inputChecksums);
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
        if (other.inputChecksums != null) {
            inputChecksums = other.inputChecksums;
        }
        if (other.reason != null) {
            reason = other.reason;
        }
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

    /** Why there was nothing to do, or what the incomplete month lacks; null when the task did its work. */
    public String reason() {
        return reason;
    }

    /** The export files read (file name -> sha256), or empty when the task read none. */
    public java.util.Optional<Map<String, String>> inputChecksums() {
        return java.util.Optional.ofNullable(inputChecksums).map(java.util.Collections::unmodifiableMap);
    }

    /** Further facts for the JSON summary line (Airflow's XCom); read by no code, only by operators and DAGs. */
    public Map<String, Object> details() {
        return details;
    }
}
