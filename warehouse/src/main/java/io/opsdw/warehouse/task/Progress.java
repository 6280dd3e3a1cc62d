package io.opsdw.warehouse.task;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows that a long task is alive: a progress bar over its steps on an interactive terminal, and otherwise a
 * plain line every half minute (what Airflow's task log and cron mail can show). Stages report each step.
 */
public final class Progress implements AutoCloseable {

    private static final Duration PLAIN_INTERVAL = Duration.ofSeconds(30);

    private final String task;
    private final Instant started = Instant.now();
    private final ProgressBar bar;
    private final ScheduledExecutorService ticker;
    private volatile String step;
    private volatile long done;
    private volatile long total;

    private Progress(String task, boolean interactive, PrintStream plainOut) {
        this.task = task;
        if (interactive) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(1).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).hideEta().continuousUpdate().build();
            ticker = null;
        } else {
            bar = null;
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "dw-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(() -> plainOut.println("… " + describe()), PLAIN_INTERVAL.toSeconds(), PLAIN_INTERVAL.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** A progress display suited to where the output goes: a terminal gets a bar, a log gets periodic lines. */
    public static Progress start(String task, PrintStream plainOut) {
        return new Progress(task, System.console() != null && System.getenv("CI") == null, plainOut);
    }

    /** How many steps the task will take (e.g. four stages per month). */
    public void plan(long steps) {
        total = steps;
        if (bar != null) {
            bar.maxHint(steps);
        }
    }

    /** A step begins (and the one before it, if any, is done). */
    public void step(String name) {
        if (step != null) {
            done++;
        }
        step = name;
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(" " + name);
        }
    }

    String describe() {
        long seconds = Duration.between(started, Instant.now()).toSeconds();
        String of = total > 0 ? " (step " + Math.min(done + 1, total) + " of " + total + ")" : "";
        return task + ": " + (step == null ? "starting" : step) + of + ", running for " + (seconds / 60) + "m" + String.format("%02d", seconds % 60) + "s";
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }
}
