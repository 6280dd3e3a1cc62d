package io.opsdw.warehouse.cli;

import picocli.CommandLine.Command;

@Command(name = "dw",
        mixinStandardHelpOptions = true,
        version = "dw 0.1.0 (opsdw service-operations warehouse)",
        description = {
                "Service-operations warehouse: ingest exports into a Parquet lake, build the",
                "star schema with Spark, publish a DuckDB file for analysts and render the",
                "monthly PDF reports managers read.",
                "",
                "Every task takes --period YYYY-MM (or Airflow's --data-interval-start and",
                "--data-interval-end) and --home DIR. The last line on stdout is one JSON",
                "object describing the run.",
                "",
                "Exit status: 0 ok, 99 nothing to do for that period, 2 usage error,",
                "1 failure (one line on stderr says what to fix), 65 month incomplete",
                "(reports held back), and two a retry may cure: 74 I/O failure,",
                "75 another dw run holds the lock."},
        subcommands = {
                DemoCommand.class,
                GenerateCommand.class,
                IngestCommand.class,
                TransformCommand.class,
                PublishCommand.class,
                ReportCommand.class,
                RunCommand.class,
                BackfillCommand.class,
                ScheduleCommand.class,
                StatusCommand.class,
                HistoryCommand.class,
                SourcesCommand.class,
                QueryCommand.class,
                BenchCommand.class,
                picocli.CommandLine.HelpCommand.class})
public class RootCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
