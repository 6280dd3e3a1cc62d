package io.opsdw.warehouse.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.warehouse.query.QueryResult;
import io.opsdw.warehouse.query.ResultFormatter;
import io.opsdw.warehouse.task.Console;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The sources the contracts folder declares, for operators and schedulers (an Airflow sensor waiting for each export,
 * a DAG generating per-source checks): derived from contracts/*.yml, so no list is kept by hand outside them.
 */
@Command(name = "sources", mixinStandardHelpOptions = true,
        header = "List the export sources the contracts declare.",
        description = "List every export source: its name, group (master or operational), dependency wave and the sources"
                + " it depends on (landed first), its period field and the file names that belong to it."
                + " --json prints one JSON array, for Airflow and scripts.")
public class SourcesCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print a JSON array (one object per source) instead of a table.")
    boolean json;

    private final Console console;

    public SourcesCommand(Console console) {
        this.console = console;
    }

    /** What an operator or a DAG needs to know about one source. */
    record SourceEntry(String name, String group, Map<String, String> title, int wave,
                       @JsonProperty("depends_on") List<String> dependsOn, @JsonProperty("period_field") String periodField,
                       List<String> key, @JsonProperty("file_patterns") List<String> filePatterns,
                       @JsonProperty("form_names") List<String> formNames) {
    }

    @Override
    public Integer call() throws Exception {
        List<SourceEntry> sources = describe(ContractRegistry.load());
        if (json) {
            console.line(new ObjectMapper().writeValueAsString(sources));
        } else {
            List<List<Object>> rows = new ArrayList<>();
            for (SourceEntry s : sources) {
                rows.add(List.of(s.name(), s.group(), s.wave(), String.join(",", s.dependsOn()), String.join(" ", s.filePatterns()),
                        String.join(" ", s.formNames())));
            }
            console.line(ResultFormatter.format(new QueryResult(List.of("source", "group", "wave", "depends_on", "file_patterns",
                    "form_names"), rows), ResultFormatter.Format.TABLE));
        }
        return ExitCodes.OK;
    }

    /** One entry per source, in dependency order (a source after every source it depends on). */
    static List<SourceEntry> describe(ContractRegistry contracts) {
        Map<String, Integer> waves = contracts.waves();
        return contracts.names().stream().map(contracts::get).map(c -> new SourceEntry(c.source(), c.group(), c.title(),
                waves.get(c.source()), contracts.dependenciesOf(c.source()), c.periodField(), c.key(), c.filePatterns(),
                c.formNamesWithTitle())).toList();
    }
}
