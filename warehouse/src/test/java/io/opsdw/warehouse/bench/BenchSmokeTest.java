package io.opsdw.warehouse.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.generator.GenerateRequest;
import io.opsdw.generator.GenerateResult;
import io.opsdw.generator.SampleExportGenerator;
import io.opsdw.warehouse.config.DwSettings;
import io.opsdw.warehouse.publish.DuckDbConnections;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke test of the benchmark machinery without Spark (the stages themselves are covered by the CLI tests): the
 * DuckDB baseline ingests a tiny generated month, GBK files included, and the report writes the table and the plot
 * into benchmarks.md while keeping the page's hand-written sections. Not a timed test.
 */
class BenchSmokeTest {

    @TempDir
    Path tmp;

    @Test
    void baselineAndReportProduceTheMarkdownTable() throws Exception {
        YearMonth period = BenchRun.PERIOD;
        GenerateResult generated = new SampleExportGenerator().generate(new GenerateRequest(period, 1, 0.05, 1, 0.0, tmp.resolve("in")));
        Path periodDir = tmp.resolve("in").resolve(period.toString());

        DuckDbBaseline baseline = new DuckDbBaseline(new DuckDbConnections(new DwSettings.DuckDb("256MB", 1), tmp.resolve("duck-tmp")));
        StageResult ingest = baseline.ingest(periodDir, tmp.resolve("work"));
        long csvRows = generated.rowsBySource().get(period).entrySet().stream()
                .filter(e -> !e.getKey().equals("customers")).mapToLong(Map.Entry::getValue).sum();
        assertThat(ingest.rows()).as("every CSV data row, GBK files too").isEqualTo(csvRows);
        assertThat(ingest.bytes()).isPositive();
        assertThat(ingest.peak().rssBytes()).isPositive();

        Path docs = tmp.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("benchmarks.md"), "# Benchmarks\n\n## Reports: written by hand\n\nkept\n");
        List<StageResult> stages = new ArrayList<>();
        Peak peak = new Peak(100_000_000, 900_000_000, -1);
        stages.add(new StageResult("ingest", "dw", csvRows, ingest.bytes(), 3.0, peak, "n"));
        stages.add(new StageResult("transform", "dw", csvRows, 0, 5.0, peak, "n"));
        stages.add(new StageResult("publish", "dw", csvRows, 0, 1.0, peak, "n"));
        stages.add(new StageResult("report", "dw", 4, 0, 2.0, peak, "n"));
        stages.add(ingest);
        stages.add(new StageResult("transform+publish", "duckdb", csvRows, 0, 0.5, peak, "n"));
        BenchResult result = new BenchResult("XS", period.toString(), "now", csvRows, ingest.bytes(), 0.05, 1, 6,
                stages, Machine.describe(), Map.of(), Map.of("spark.master", "local[*]"));

        BenchReport report = new BenchReport(docs);
        report.write(result);
        report.write(result);
        String page = Files.readString(docs.resolve("benchmarks.md"), StandardCharsets.UTF_8);
        assertThat(page).contains("## Reports: written by hand\n\nkept");
        assertThat(page.split(java.util.regex.Pattern.quote(BenchReport.START), -1)).as("one generated section after two runs").hasSize(2);
        assertThat(page).contains("### Scale XS", "| stage | engine | rows | seconds | rows/s |", "| ingest | duckdb |",
                "| **whole monthly run** | dw |", "![time against rows](" + BenchReport.PLOT + ")");
        assertThat(page).contains("| transform | dw | " + String.format(java.util.Locale.ROOT, "%,d", csvRows) + " | 5.0 |");
        assertThat(docs.resolve(BenchReport.PLOT)).isNotEmptyFile();
        assertThat(docs.resolve("bench").resolve("XS.json")).isNotEmptyFile();
    }
}
