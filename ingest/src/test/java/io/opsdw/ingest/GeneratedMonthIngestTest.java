package io.opsdw.ingest;

import io.opsdw.lakecontract.contract.ContractRegistry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsdw.generator.GenerateRequest;
import io.opsdw.generator.SampleExportGenerator;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.testing.TestSpark;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator knows exactly which faults it injected (its sidecar); the ingest must quarantine exactly those,
 * by reason, and accept everything else, including the harmless dirt (other date formats, full-width digits, ...).
 */
class GeneratedMonthIngestTest {

    @TempDir
    Path dir;

    @Test
    void aDirtyMonthLandsExactlyTheInjectedFaultsInQuarantine() throws Exception {
        YearMonth october = YearMonth.of(2026, 10);
        Path exports = dir.resolve("exports");
        new SampleExportGenerator().generate(new GenerateRequest(october, 1, 0.5, 7L, 0.02, exports));
        JsonNode sidecar = new ObjectMapper().readTree(exports.resolve("2026-10/_faults.json").toFile());

        IngestReport report = new IngestJob(TestSpark.get(), new LakeLayout(dir.resolve("home")))
                .run(new IngestRequest(october, exports, Optional.empty(), Optional.empty(), "test-run"));

        long injected = 0;
        for (SourceResult result : report.sources()) {
            Map<String, Long> expected = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = sidecar.path("sources").path(result.source()).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> reason = it.next();
                if (reason.getValue().asLong() > 0) {
                    expected.put(reason.getKey(), reason.getValue().asLong());
                }
            }
            injected += expected.values().stream().mapToLong(Long::longValue).sum();
            assertThat(result.rowsRead()).as("%s rows read", result.source()).isEqualTo(sidecar.path("rows").path(result.source()).asLong());
            assertThat(new TreeMap<>(result.quarantinedByReason())).as("%s quarantine by reason", result.source()).isEqualTo(expected);
            assertThat(result.accepted() + result.quarantined()).as("%s: read = accepted + quarantined", result.source()).isEqualTo(result.rowsRead());
        }
        assertThat(report.sources()).hasSize(ContractRegistry.load().all().size());
        assertThat(injected).as("the generator did inject faults").isGreaterThan(20);
    }
}
