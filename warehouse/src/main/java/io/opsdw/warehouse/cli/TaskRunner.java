package io.opsdw.warehouse.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.config.DwSettings;
import io.opsdw.warehouse.ledger.LedgerEntry;
import io.opsdw.warehouse.ledger.RunLedger;
import io.opsdw.warehouse.lineage.LineageEmitter;
import io.opsdw.warehouse.lineage.LineageRun;
import io.opsdw.warehouse.lock.HomeLock;
import io.opsdw.warehouse.task.Console;
import io.opsdw.warehouse.task.LocalFiles;
import io.opsdw.warehouse.task.Progress;
import io.opsdw.warehouse.task.SparkProvider;
import io.opsdw.warehouse.task.Task;
import io.opsdw.warehouse.task.TaskContext;
import io.opsdw.warehouse.task.TaskOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/**
 * The operating contract in one place: every task gets a run id, the home lock if it writes, a ledger entry,
 * exit 0 / 99 or a failure's code ({@link FailureKind}), errors as one line on stderr and, always, one JSON object as the
 * last stdout line.
 */
@Component
public class TaskRunner {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final DwSettings settings;
    private final Console console;
    private final SparkProvider spark;
    private final LineageEmitter lineage;

    public TaskRunner(DwSettings settings, Console console, SparkProvider spark, LineageEmitter lineage) {
        this.settings = settings;
        this.console = console;
        this.spark = spark;
        this.lineage = lineage;
    }

    /** The business's time zone (dw.time-zone): the zone in which a scheduler's times name a month. */
    public java.time.ZoneId zone() {
        return settings.timeZone();
    }

    public Path resolveHome(HomeOptions options) {
        // DW_HOME reaches dw.home through Spring's binding of the environment
        return options != null && options.home() != null ? options.home() : settings.home();
    }

    /** Where the task's home and lake are: the lake is dw.lake (DW_LAKE, --dw.lake=...), else home/lake. */
    public LakeLayout layout(HomeOptions options) {
        try {
            return LakeLayout.of(resolveHome(options), settings.lake());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("dw.lake: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a task under the contract. {@code exclusive} tasks write the lake or the warehouse and take the home's
     * lock; every task is recorded in the ledger.
     */
    public int run(String taskName, YearMonth period, HomeOptions options, boolean exclusive, Task task) {
        return runForResult(taskName, period, options, exclusive, task).exitCode();
    }

    /** How a task run ended, for a caller that acts on it (the embedded schedule retries and alerts). */
    public record Result(String runId, int exitCode, String status, String error, boolean retryable) {
        public boolean succeeded() {
            return exitCode == ExitCodes.OK || exitCode == ExitCodes.NOTHING_TO_DO;
        }
    }

    /** {@link #run}, returning how it ended. */
    public Result runForResult(String taskName, YearMonth period, HomeOptions options, boolean exclusive, Task task) {
        boolean verbose = options != null && options.verbose();
        Verbosity.apply(verbose);
        Instant started = Instant.now();
        String runId = RUN_ID.format(started) + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("task", taskName);
        summary.put("period", period == null ? null : period.toString());
        summary.put("run_id", runId);
        LakeLayout lake;
        try {
            lake = layout(options);
        } catch (IllegalArgumentException e) {
            console.error(e.getMessage());
            summary.put("status", "failed");
            summary.put("error", e.getMessage());
            summary.put("exit_code", ExitCodes.USAGE);
            console.line(toJson(summary));
            return new Result(runId, ExitCodes.USAGE, "failed", e.getMessage(), false);
        }
        RunLedger ledger = new RunLedger(lake.ledgerDir());
        summary.put("home", lake.home().toString());
        summary.put("lake", LakeLayout.display(lake.lake()));
        if (options != null && options.dryRun()) {
            summary.put("status", "dry_run");
            summary.put("exclusive", exclusive);
            console.line("dry run: would run " + taskName + (period == null ? "" : " for " + period) + " in " + lake.home());
            console.line(toJson(summary));
            return new Result(runId, ExitCodes.OK, "dry_run", null, false);
        }
        int exit;
        TaskOutcome outcome = null;
        String error = null;
        FailureKind failure = null;
        String lockTask = taskName + (period == null ? "" : " " + period);
        lineage.warnTo(console::line);
        LineageRun lineageRun = lineage.begin(runId, taskName, period);
        try (Progress progress = Progress.start(taskName + (period == null ? "" : " " + period), console.out());
             HomeLock lock = exclusive ? HomeLock.acquire(lake.lockFile(), lockTask, options == null ? Duration.ZERO : options.waitLock(),
                     holder -> console.line("waiting up to " + options.waitLock() + " for the lock held by " + holder)) : null) {
            if (lock != null) {
                lock.clearedStaleHolder().ifPresent(h -> {
                    console.line("note: cleared a stale lock left by a dead process (" + h + ")");
                    removeScratchOfDeadWriter(lake, () -> TaskContext.lakeFs(lake, spark));
                });
            }
            progress.plan(1);
            outcome = task.perform(new TaskContext(runId, started, lake, settings, console, spark, verbose, progress, lineageRun));
            exit = switch (outcome.status()) {
                case OK -> ExitCodes.OK;
                case NOTHING_TO_DO -> ExitCodes.NOTHING_TO_DO;
                case INCOMPLETE -> {
                    failure = FailureKind.INCOMPLETE;
                    yield ExitCodes.INCOMPLETE;
                }
            };
        } catch (Exception e) {
            failure = FailureKind.of(e);
            error = failure == FailureKind.LOCKED ? e.getMessage() : OneLine.of(e);
            exit = failure.exitCode;
            if (verbose && failure != FailureKind.LOCKED) {
                e.printStackTrace(console.err());
            }
        }
        if (failure == null) {
            lineageRun.complete(outcome.lineageInputs(), outcome.lineageOutputs());
        } else {
            lineageRun.fail(error != null ? error : outcome.reason());
        }
        Duration took = Duration.between(started, Instant.now());
        String status = failure != null ? failure.status : exit == ExitCodes.NOTHING_TO_DO ? "nothing_to_do" : "ok";
        if (error != null) {
            console.error(error);
        } else if (exit == ExitCodes.INCOMPLETE) {
            console.error(outcome.reason());
        } else if (exit == ExitCodes.NOTHING_TO_DO) {
            console.line("nothing to do: " + outcome.reason());
        }
        if (exit != ExitCodes.LOCKED) {
            ledger.append(new LedgerEntry(runId, taskName, period == null ? null : period.toString(), started.toString(),
                    Instant.now().toString(), status,
                    outcome == null ? 0 : outcome.rowsIn(), outcome == null ? 0 : outcome.accepted(),
                    outcome == null ? 0 : outcome.quarantined(), checksums(outcome),
                    error != null || exit != ExitCodes.INCOMPLETE ? error : outcome.reason()));
        }
        summary.put("status", status);
        if (outcome != null) {
            summary.put("rows_in", outcome.rowsIn());
            summary.put("accepted", outcome.accepted());
            summary.put("quarantined", outcome.quarantined());
            summary.put("outputs", outcome.outputs());
            outcome.details().forEach(summary::putIfAbsent);
        }
        if (error != null) {
            summary.put("error", error);
        }
        if (failure != null) {
            summary.put("retryable", failure.retryable);
        }
        summary.put("exit_code", exit);
        summary.put("duration_s", Math.round(took.toMillis() / 100.0) / 10.0);
        console.line(toJson(summary));
        String message = error != null || exit != ExitCodes.INCOMPLETE ? error : outcome.reason();
        return new Result(runId, exit, status, message, failure != null && failure.retryable);
    }

    private static Map<String, String> checksums(TaskOutcome outcome) {
        return outcome == null ? null : outcome.inputChecksums().orElse(null);
    }

    private static String toJson(Map<String, Object> summary) {
        try {
            return JSON.writeValueAsString(summary);
        } catch (Exception e) {
            return "{\"status\":\"failed\",\"error\":\"cannot serialise summary\"}";
        }
    }

    /**
     * A writer killed mid-task (SIGKILL, power loss) leaves its write-aside work behind: partitions being landed and
     * marts being written in {@code lake/_tmp/} (which may hold raw personal data), marts copied for publishing in
     * {@code home/tmp/} and a half-built {@code warehouse/.building-*.duckdb}. Nothing else writes while we hold the
     * lock, so they can go; {@code tmp/duckdb-query} belongs to lock-free readers and stays.
     */
    static void removeScratchOfDeadWriter(LakeLayout lake, java.util.function.Supplier<io.opsdw.lakecontract.LakeFs> lakeFs) {
        try {
            lakeFs.get().delete(lake.work());
        } catch (RuntimeException e) {
            // best effort, as below; the next landing of the same source and period also removes its own leftovers
        }
        try {
            if (java.nio.file.Files.isDirectory(lake.tmp())) {
                try (var s = java.nio.file.Files.list(lake.tmp())) {
                    for (java.nio.file.Path p : s.filter(p -> !p.getFileName().toString().equals("duckdb-query")).toList()) {
                        LocalFiles.deleteTree(p);
                    }
                }
            }
            if (java.nio.file.Files.isDirectory(lake.warehouseDir())) {
                try (var s = java.nio.file.Files.list(lake.warehouseDir())) {
                    for (java.nio.file.Path p : s.filter(p -> p.getFileName().toString().startsWith(".building-")).toList()) {
                        java.nio.file.Files.deleteIfExists(p);
                    }
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // best effort: leftovers never affect correctness, only disk space
        }
    }
}
