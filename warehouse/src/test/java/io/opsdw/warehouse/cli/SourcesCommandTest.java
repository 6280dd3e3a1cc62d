package io.opsdw.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * `dw sources --json` lists every source of the contracts folder with what a DAG needs. Checked against the contract
 * files read here as plain YAML (not through ContractRegistry), and against the rules a dependency order must keep.
 */
class SourcesCommandTest {

    private static final Path CONTRACTS = Path.of("..", "lake-contract", "src", "main", "resources", "contracts");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyContractIsListedWithItsGroupPatternsAndDependencies() throws IOException {
        DwCli.Result result = DwCli.run("sources", "--json");
        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode sources = new ObjectMapper().readTree(result.outLines().get(result.outLines().size() - 1));

        Map<String, JsonNode> files = contractFiles();
        List<String> listed = new ArrayList<>();
        sources.forEach(s -> listed.add(s.get("name").asText()));
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files.keySet());

        Map<String, Integer> waveOf = new HashMap<>();
        for (JsonNode s : sources) {
            String name = s.get("name").asText();
            JsonNode yaml = files.get(name);
            assertThat(s.get("group").asText()).as(name).isEqualTo(yaml.get("group").asText()).isIn("master", "operational");
            assertThat(s.get("period_field").isNull()).as(name + ": masters have no period field, operational sources one")
                    .isEqualTo("master".equals(yaml.get("group").asText()));
            assertThat(strings(s.get("file_patterns"))).as(name).isEqualTo(strings(yaml.get("file_patterns")));
            TreeSet<String> referenced = new TreeSet<>();
            yaml.get("fields").forEach(f -> {
                if (f.hasNonNull("references") && !f.get("references").asText().equals(name)) {
                    referenced.add(f.get("references").asText());
                }
            });
            assertThat(strings(s.get("depends_on"))).as(name).containsExactlyElementsOf(referenced);
            // a source comes after, and in a later wave than, every source it depends on; wave 0 depends on nothing
            int wave = s.get("wave").asInt();
            int expected = referenced.stream().mapToInt(r -> {
                assertThat(waveOf).as(name + " is listed after " + r).containsKey(r);
                return waveOf.get(r) + 1;
            }).max().orElse(0);
            assertThat(wave).as(name).isEqualTo(expected);
            waveOf.put(name, wave);
        }
    }

    @Test
    void withoutJsonItPrintsATableNamingEverySource() throws IOException {
        DwCli.Result result = DwCli.run("sources");
        assertThat(result.exit()).isZero();
        for (String source : contractFiles().keySet()) {
            assertThat(result.out()).containsPattern("(?m)^\\s*" + source + "\\s");
        }
    }

    private static Map<String, JsonNode> contractFiles() throws IOException {
        Map<String, JsonNode> byName = new HashMap<>();
        try (Stream<Path> files = Files.list(CONTRACTS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml")).toList()) {
                JsonNode yaml = YAML.readTree(f.toFile());
                byName.put(yaml.get("source").asText(), yaml);
            }
        }
        assertThat(byName).as("contracts in " + CONTRACTS).isNotEmpty();
        return byName;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
