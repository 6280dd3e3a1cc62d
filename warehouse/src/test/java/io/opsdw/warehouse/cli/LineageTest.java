package io.opsdw.warehouse.cli;

import io.opsdw.lakecontract.contract.ContractRegistry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.opsdw.generator.GenerateRequest;
import io.opsdw.generator.SampleExportGenerator;
import io.opsdw.lakecontract.LakeLayout;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenLineage events of a whole dw run, received by a local HTTP endpoint (the JDK's HttpServer) the way Marquez
 * would receive them. The expected datasets come from listing the folders on disk, not from dw's own bookkeeping.
 */
class LineageTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir
    Path dir;
    HttpServer server;
    final List<JsonNode> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void receiver() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/lineage", exchange -> {
            events.add(new ObjectMapper().readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aWholeRunSendsStartAndCompleteForItselfAndEachStageWithTheDatasetsReadAndWritten() throws Exception {
        Path exports = dir.resolve("exports");
        Path home = dir.resolve("home");
        new SampleExportGenerator().generate(new GenerateRequest(OCT, 1, 0.2, 9L, 0.0, exports));
        DwCli.Result run = DwCli.run("run", "--period", "2026-10", "--input", exports.toString(), "--home", home.toString(),
                "--locale", "zh-CN", "--report", "complaints", "--dw.lineage.url=http://127.0.0.1:" + server.getAddress().getPort());
        assertThat(run.exit()).as(run.err()).isZero();
        String dwRunId = run.summary().path("run_id").asText();

        assertThat(events).extracting(e -> e.path("job").path("name").asText() + " " + e.path("eventType").asText()).containsExactly(
                "dw.run START", "dw.run.ingest START", "dw.run.ingest COMPLETE", "dw.run.transform START", "dw.run.transform COMPLETE",
                "dw.run.publish START", "dw.run.publish COMPLETE", "dw.run.report START", "dw.run.report COMPLETE", "dw.run COMPLETE");
        String parentRun = events.get(0).path("run").path("runId").asText();
        for (JsonNode e : events) {
            assertThat(e.path("job").path("namespace").asText()).isEqualTo("opsdw");
            assertThat(e.path("run").path("facets").path("opsdw").path("run_id").asText()).isEqualTo(dwRunId);
            if (e.path("job").path("name").asText().startsWith("dw.run.")) {
                assertThat(e.path("run").path("facets").path("parent").path("run").path("runId").asText()).isEqualTo(parentRun);
            }
        }

        LakeLayout lake = new LakeLayout(home);
        Set<String> exportFiles = files(exports.resolve(OCT.toString()), p -> !p.getFileName().toString().startsWith("_"));
        Set<String> rawPartitions = new TreeSet<>();
        try (Stream<Path> sources = Files.list(LakeLayout.localPath(lake.rawZone()))) {
            sources.map(s -> s.resolve("period=" + OCT)).filter(Files::isDirectory).forEach(p -> rawPartitions.add(p.toString()));
        }
        assertThat(rawPartitions).hasSize(ContractRegistry.load().all().size());
        Set<String> marts = files(LakeLayout.localPath(lake.martsRoot()), p -> true);
        Set<String> reports = files(lake.reports(OCT), p -> true);

        JsonNode ingest = complete("dw.run.ingest");
        assertThat(names(ingest, "inputs")).isEqualTo(exportFiles);
        assertThat(names(ingest, "outputs")).containsAll(rawPartitions);
        JsonNode transform = complete("dw.run.transform");
        assertThat(names(transform, "inputs")).isEqualTo(rawPartitions);
        assertThat(names(transform, "outputs")).contains(lake.martPartition("fact_complaint", OCT).toUri().getPath(),
                lake.mart("dim_site").toUri().getPath());
        JsonNode publish = complete("dw.run.publish");
        Set<String> published = new java.util.TreeSet<>(marts);
        published.add(lake.quarantineZone().toUri().getPath());
        published.add(lake.manifestsZone().toUri().getPath());
        assertThat(names(publish, "inputs")).isEqualTo(published);
        assertThat(names(publish, "outputs")).containsExactlyInAnyOrder(lake.warehouseFile().toString(),
                lake.warehouseFile().resolveSibling("opsdw_" + OCT + ".duckdb").toString());
        JsonNode report = complete("dw.run.report");
        assertThat(names(report, "inputs")).containsExactly(lake.warehouseFile().toString());
        assertThat(names(report, "outputs")).isEqualTo(reports).isNotEmpty();
        JsonNode whole = complete("dw.run");
        assertThat(names(whole, "inputs")).containsAll(exportFiles);
        assertThat(names(whole, "outputs")).containsAll(reports).contains(lake.warehouseFile().toString());
        assertThat(whole.path("inputs").get(0).path("namespace").asText()).isEqualTo("file");
    }

    @Test
    void aFailedTaskSendsFailWithItsErrorAndAFileTransportWritesTheSameEvents() throws Exception {
        Path file = dir.resolve("lineage.jsonl");
        DwCli.Result failed = DwCli.run("publish", "--period", "2026-10", "--home", dir.resolve("empty").toString(),
                "--dw.lineage.url=http://127.0.0.1:" + server.getAddress().getPort());
        assertThat(failed.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(events).extracting(e -> e.path("eventType").asText()).containsExactly("START", "FAIL");
        assertThat(events.get(1).path("run").path("facets").path("errorMessage").path("message").asText()).contains("no marts");

        DwCli.run("publish", "--period", "2026-10", "--home", dir.resolve("empty").toString(), "--dw.lineage.file=" + file);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        assertThat(new ObjectMapper().readTree(lines.get(1)).path("eventType").asText()).isEqualTo("FAIL");
    }

    private JsonNode complete(String job) {
        return events.stream().filter(e -> e.path("job").path("name").asText().equals(job) && e.path("eventType").asText().equals("COMPLETE"))
                .findFirst().orElseThrow();
    }

    private static Set<String> names(JsonNode event, String field) {
        Set<String> names = new TreeSet<>();
        event.path(field).forEach(d -> names.add(d.path("name").asText()));
        return names;
    }

    private static Set<String> files(Path folder, java.util.function.Predicate<Path> keep) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(keep).map(p -> p.toAbsolutePath().normalize().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
