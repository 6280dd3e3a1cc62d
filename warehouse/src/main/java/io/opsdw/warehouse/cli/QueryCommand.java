package io.opsdw.warehouse.cli;

import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.config.DwSettings;
import io.opsdw.warehouse.publish.DuckDbConnections;
import io.opsdw.warehouse.query.QueryService;
import io.opsdw.warehouse.query.ResultFormatter;
import io.opsdw.warehouse.task.Console;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        header = "Query the published warehouse read-only.",
        description = "Run a read-only SQL statement on the published DuckDB file and print the result. Statements that write (INSERT, UPDATE, DELETE, CREATE, COPY, ATTACH, ...) are refused. Rows come in the order the query asks for (add ORDER BY: views and GROUP BY have no order of their own). The table rounds fractions to 4 decimals; csv and json keep every digit. Every table of the file is there, also quarantine (rejected rows) and ingest_manifest. Example: dw query \"SELECT * FROM v_complaint_sla_monthly ORDER BY period, site_code\" --format csv")
public class QueryCommand implements Callable<Integer> {

    @Mixin HomeOptions home;

    @Parameters(index = "0", paramLabel = "SQL", description = "The statement (SELECT, WITH, SHOW, DESCRIBE, SUMMARIZE).")
    String sql;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "table (for people), csv or json (full precision, for other tools); default: ${DEFAULT-VALUE}.")
    ResultFormatter.Format format;

    private final TaskRunner runner;
    private final DwSettings settings;
    private final Console console;

    public QueryCommand(TaskRunner runner, DwSettings settings, Console console) {
        this.runner = runner;
        this.settings = settings;
        this.console = console;
    }

    @Override
    public Integer call() {
        LakeLayout lake = new LakeLayout(runner.resolveHome(home)); // home only: the ledger, the warehouse file
        try {
            var service = new QueryService(new DuckDbConnections(settings.duckdb(), lake.tmp().resolve("duckdb-query")));
            console.line(ResultFormatter.format(service.query(lake.warehouseFile(), sql), format));
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            console.error(e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
