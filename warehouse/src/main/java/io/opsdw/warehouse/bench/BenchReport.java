package io.opsdw.warehouse.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Writes what `dw bench` measured: the run as JSON ({@code <docs>/bench/<scale>.json}), then, from every stored run,
 * the generated section of {@code <docs>/benchmarks.md} (between the bench markers; the rest of the page is kept)
 * and the plot {@code <docs>/bench-time-vs-rows.png}.
 */
public final class BenchReport {

    public static final String START = "<!-- dw bench: generated section, start (do not edit by hand) -->";
    public static final String END = "<!-- dw bench: generated section, end -->";
    public static final String PLOT = "bench-time-vs-rows.png";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> ORDER = List.of("XS", "S", "M", "L");

    private final Path docs;

    public BenchReport(Path docs) {
        this.docs = docs;
    }

    public Path write(BenchResult result) throws IOException {
        Path store = docs.resolve("bench");
        Files.createDirectories(store);
        JSON.writeValue(store.resolve(result.scale() + ".json").toFile(), result);
        List<BenchResult> all = load(store);
        plot(all, docs.resolve(PLOT));
        Path page = docs.resolve("benchmarks.md");
        String existing = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "# Benchmarks\n";
        Files.writeString(page, splice(existing, markdown(all)), StandardCharsets.UTF_8);
        return page;
    }

    static List<BenchResult> load(Path store) throws IOException {
        List<BenchResult> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(store)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                all.add(JSON.readValue(f.toFile(), BenchResult.class));
            }
        }
        all.sort(Comparator.comparingInt(r -> ORDER.indexOf(r.scale())));
        return all;
    }

    static String splice(String page, String section) {
        String block = START + "\n" + section + END;
        int s = page.indexOf(START);
        int e = page.indexOf(END);
        if (s >= 0 && e > s) {
            return page.substring(0, s) + block + page.substring(e + END.length());
        }
        return page.stripTrailing() + "\n\n" + block + "\n";
    }

    static String markdown(List<BenchResult> all) {
        StringBuilder md = new StringBuilder();
        md.append("## Monthly run and DuckDB baseline (`dw bench`)\n\n");
        md.append("Produced by `dw bench --scale S|M|L`; one table per scale, newest run of each. Times are wall-clock seconds in one JVM ")
                .append("(Spark local mode, the settings below); rows/s divides the rows in the *rows* column by the time; ")
                .append("peak heap is the JVM heap in use, peak RSS the whole process (Spark + DuckDB + JVM), DuckDB memory the buffer manager's ")
                .append("`duckdb_memory()` (only sampled on the baseline's own connection). Ratio = dw time / DuckDB time for the same work ")
                .append("(ingest: same CSV files; transform + publish: the same monthly questions).\n\n");
        md.append("![time against rows](").append(PLOT).append(")\n\n");
        for (BenchResult r : all) {
            md.append("### Scale ").append(r.scale()).append(": ").append(String.format(Locale.ROOT, "%,d", r.sourceRows()))
                    .append(" source rows, ").append(mb(r.inputBytes())).append(" of exports\n\n");
            md.append("Ran ").append(r.ranAt()).append(" on ").append(r.machine().get("cores")).append(" cores (")
                    .append(r.machine().get("cpu")).append("), ").append(r.machine().get("ram")).append(" RAM, ")
                    .append(r.machine().get("java")).append(", ").append(r.machine().get("os")).append("; load average at the end ")
                    .append(r.machine().get("load_average_at_end")).append(". Settings: ").append(r.settings()).append(".\n\n");
            md.append("| stage | engine | rows | seconds | rows/s | MB/s | peak heap | peak RSS | DuckDB memory | dw / DuckDB |\n");
            md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            md.append(String.format(Locale.ROOT, "| Spark session start | dw | | %.1f | | | | | | |%n", r.sparkStartSeconds()));
            for (StageResult s : r.stages()) {
                md.append("| ").append(s.stage()).append(" | ").append(s.engine()).append(" | ")
                        .append(String.format(Locale.ROOT, "%,d", s.rows())).append(" | ")
                        .append(String.format(Locale.ROOT, "%.1f", s.seconds())).append(" | ")
                        .append(String.format(Locale.ROOT, "%,.0f", s.rowsPerSecond())).append(" | ")
                        .append(s.bytes() > 0 ? String.format(Locale.ROOT, "%.1f", s.mbPerSecond()) : "").append(" | ")
                        .append(mb(s.peak().heapBytes())).append(" | ").append(mb(s.peak().rssBytes())).append(" | ")
                        .append(s.peak().duckdbBytes() >= 0 ? mb(s.peak().duckdbBytes()) : "").append(" | ")
                        .append(ratio(r, s)).append(" |\n");
            }
            md.append(String.format(Locale.ROOT, "| **whole monthly run** | dw | %,d | **%.1f** | %,.0f | | | | | |%n%n",
                    r.sourceRows(), r.monthlyRunSeconds(), r.sourceRows() / Math.max(0.001, r.monthlyRunSeconds())));
            md.append("Notes: ");
            r.stages().forEach(s -> md.append(s.stage()).append(" (").append(s.engine()).append("): ").append(s.note()).append(". "));
            md.append(String.format(Locale.ROOT, "Generating the exports took %.1f s (not part of the run).%n%n", r.generateSeconds()));
            if (r.slowestSparkStages() != null && !r.slowestSparkStages().isEmpty()) {
                md.append("<details><summary>Slowest Spark stages (profile)</summary>\n\n| dw stage | Spark stage | tasks | wall ms | executor run ms | records in | shuffle write |\n|---|---|---:|---:|---:|---:|---:|\n");
                r.slowestSparkStages().forEach((stage, list) -> list.forEach(x -> md.append("| ").append(stage).append(" | ")
                        .append(x.id()).append(": ").append(x.name().replace("|", "\\|")).append(" | ").append(x.tasks()).append(" | ")
                        .append(x.wallMs()).append(" | ").append(x.executorRunMs()).append(" | ").append(x.inputRecords())
                        .append(" | ").append(mb(x.shuffleWriteBytes())).append(" |\n")));
                md.append("\n</details>\n\n");
            }
        }
        return md.toString();
    }

    private static String ratio(BenchResult r, StageResult s) {
        if (!"dw".equals(s.engine())) {
            return "";
        }
        double base = switch (s.stage()) {
            case "ingest" -> r.seconds("ingest", "duckdb");
            case "transform" -> r.seconds("transform+publish", "duckdb");
            default -> 0;
        };
        if (base <= 0) {
            return "";
        }
        double dw = "transform".equals(s.stage()) ? s.seconds() + r.seconds("publish", "dw") : s.seconds();
        return String.format(Locale.ROOT, "%.1fx%s", dw / base, "transform".equals(s.stage()) ? " (with publish)" : "");
    }

    private static String mb(long bytes) {
        if (bytes < 0) {
            return "";
        }
        if (bytes >= 1e9) {
            return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
        }
        return bytes >= 1e7 ? String.format(Locale.ROOT, "%.0f MB", bytes / 1e6) : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    static void plot(List<BenchResult> all, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYSeriesCollection data = new XYSeriesCollection();
        String[][] series = {
                {"dw whole monthly run", "total", "dw"}, {"dw ingest", "ingest", "dw"}, {"dw transform", "transform", "dw"},
                {"dw publish", "publish", "dw"}, {"dw report", "report", "dw"},
                {"DuckDB ingest (read_csv -> Parquet)", "ingest", "duckdb"},
                {"DuckDB monthly aggregations", "transform+publish", "duckdb"}};
        for (String[] s : series) {
            XYSeries xy = new XYSeries(s[0]);
            for (BenchResult r : all) {
                double secs = "total".equals(s[1]) ? r.monthlyRunSeconds() : r.seconds(s[1], s[2]);
                if (secs > 0 && r.sourceRows() > 0) {
                    xy.add(r.sourceRows(), secs);
                }
            }
            if (xy.getItemCount() > 0) {
                data.addSeries(xy);
            }
        }
        LogAxis x = new LogAxis("source rows per month");
        LogAxis y = new LogAxis("seconds");
        x.setSmallestValue(1000);
        y.setSmallestValue(0.01);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(data.getSeriesKey(i).toString().startsWith("DuckDB") ? 1.5f : 2.5f,
                    BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                    data.getSeriesKey(i).toString().startsWith("DuckDB") ? new float[] {6f, 4f} : null, 0f));
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("dw bench: time against rows (log-log; a slope of 1 is linear)", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        Files.createDirectories(png.toAbsolutePath().getParent());
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 560);
    }
}
