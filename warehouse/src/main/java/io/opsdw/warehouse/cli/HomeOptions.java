package io.opsdw.warehouse.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every task shares: which warehouse home to work in, and how much to say. */
public class HomeOptions {

    @Option(names = "--home", paramLabel = "DIR",
            description = "Warehouse home (DuckDB file, reports, ledger, lock; the lake too unless dw.lake names another place). Default: $DW_HOME, else dw.home in application.yml (./dw-home).")
    Path home;

    @Option(names = {"-v", "--verbose"}, description = "Show library logs (Spark, Spring) and stack traces on errors.")
    boolean verbose;

    @Option(names = "--dry-run", description = "Check the arguments and say what would run, without doing it.")
    boolean dryRun;

    @Option(names = "--wait-lock", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "When another dw run holds the home's lock, wait up to this long (e.g. 30m) for it instead of exiting 75 at once.")
    java.time.Duration waitLock;

    /** How long a writer queues behind another one before giving up (exit 75); zero = not at all. */
    public java.time.Duration waitLock() {
        return waitLock == null ? java.time.Duration.ZERO : waitLock;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public Path home() {
        return home;
    }

    public boolean verbose() {
        return verbose;
    }
}
