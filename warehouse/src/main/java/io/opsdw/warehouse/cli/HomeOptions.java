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
