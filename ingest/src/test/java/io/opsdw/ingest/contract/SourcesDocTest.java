package io.opsdw.ingest.contract;

import io.opsdw.lakecontract.contract.ContractRegistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/sources.md is generated from the contracts; this fails when someone changes one without the other. */
class SourcesDocTest {

    @Test
    void committedSourcesDocMatchesTheContracts() throws Exception {
        Path doc = Path.of("..", "docs", "sources.md");
        String expected = SourcesDocWriter.render(ContractRegistry.load());
        if (Boolean.getBoolean("opsdw.regenerateDocs")) {
            Files.writeString(doc, expected, StandardCharsets.UTF_8);
        }
        assertThat(doc).as("docs/sources.md missing: run SourcesDocWriter").exists();
        assertThat(Files.readString(doc, StandardCharsets.UTF_8))
                .as("docs/sources.md is stale: regenerate it with io.opsdw.ingest.contract.SourcesDocWriter")
                .isEqualTo(expected);
    }
}
