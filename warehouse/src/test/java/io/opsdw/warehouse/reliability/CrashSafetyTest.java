package io.opsdw.warehouse.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsdw.generator.GenerateRequest;
import io.opsdw.generator.SampleExportGenerator;
import io.opsdw.ingest.testing.ReliabilityDoc;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@code dw run} in a separate JVM and kills it with SIGKILL ({@link Process#destroyForcibly()}) at several
 * points of ingest, transform and publish, re-running the same corrected export for a month that was already
 * published. After every kill: the published DuckDB file opens and holds either the old or the new version, every
 * raw partition is either the old one or a complete new one (manifest counts = Parquet rows), and the next run starts
 * normally (clearing the stale lock). A last run completes with exit 0. Slow (a Spark JVM per run): it runs in the
 * {@code crash-tests} Maven profile, which {@code .ci/run} enables.
 */
@EnabledIfSystemProperty(named = "opsdw.crashTests", matches = "true")
class CrashSafetyTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where to kill: once the trigger holds (a stdout line, or a file of the run appearing in the home), plus a delay. */
    record KillPoint(String name, BiPredicate<List<String>, Path> trigger, long delayMillis) {
    }

    private static BiPredicate<List<String>, Path> line(String regex) {
        Pattern p = Pattern.compile(regex);
        return (lines, home) -> lines.stream().anyMatch(l -> p.matcher(l).find());
    }

    private static BiPredicate<List<String>, Path> fileIn(String dir, String nameContains) {
        return (lines, home) -> {
            try (Stream<Path> s = Files.list(home.resolve(dir))) {
                return s.anyMatch(p -> p.getFileName().toString().contains(nameContains));
            } catch (IOException e) {
                return false;
            }
        };
    }

    static final List<KillPoint> KILL_POINTS = List.of(
            new KillPoint("ingest, while complaints are being landed (work folder in lake/_tmp)", fileIn("lake/_tmp", "complaints-2026-10-"), 0),
            new KillPoint("ingest done, transform starting", line("^ingest\\s+all sources"), 0),
            new KillPoint("transform, 5 s in", line("^ingest\\s+all sources"), 5000),
            new KillPoint("publish, while the new DuckDB file is being built", fileIn("warehouse", ".building-"), 0),
            // (the next run removes the half-built file when it takes the lock, so the next file trigger sees a new one)
            new KillPoint("report, just after the publish", line("^publish\\s"), 0),
            new KillPoint("publish, 1 s into the build", fileIn("warehouse", ".building-"), 1000));

    @TempDir
    Path tmp;

    @Test
    void killedRunsNeverLeaveABrokenWarehouseOrPartitionAndTheNextRunCompletes() throws Exception {
        Path oldExports = tmp.resolve("exports-old");
        Path newExports = tmp.resolve("exports-new");
        new SampleExportGenerator().generate(new GenerateRequest(OCT, 1, 0.1, 11L, 0.03, oldExports));
        new SampleExportGenerator().generate(new GenerateRequest(OCT, 1, 0.1, 12L, 0.03, newExports));
        Path home = tmp.resolve("home");
        Path warehouse = home.resolve("warehouse/opsdw.duckdb");
        Path snapshot = home.resolve("warehouse/opsdw_2026-10.duckdb"); // the dated copy publish keeps beside it

        Child first = Child.start(home, oldExports);
        assertThat(first.await()).as("the first run: " + first.output()).isZero();
        Map<String, String> oldVersion = DwCli.fingerprints(warehouse);
        Map<String, Long> oldManifests = manifestChecksums(home);

        assertThat(DwCli.fingerprints(snapshot)).as("the dated snapshot of the first run").isEqualTo(oldVersion);
        List<Map<String, String>> seen = new ArrayList<>();
        List<Map<String, String>> seenSnapshots = new ArrayList<>();
        List<Map<String, Long>> seenManifests = new ArrayList<>();
        Map<String, String> outcome = new LinkedHashMap<>();
        int killed = 0;
        for (KillPoint k : KILL_POINTS) {
            Child c = Child.start(home, newExports);
            boolean hit = c.killAfter(k.trigger(), home, k.delayMillis());
            assertThat(hit).as(k.name() + ": the run reached the kill point and was killed: " + c.output()).isTrue();
            killed++;
            seen.add(DwCli.fingerprints(warehouse)); // opens, or throws
            seenSnapshots.add(DwCli.fingerprints(snapshot));
            assertPartitionsComplete(home);
            seenManifests.add(manifestChecksums(home));
            outcome.put(k.name(), "killed");
        }

        Child last = Child.start(home, newExports);
        assertThat(last.await()).as("the run after the crashes: " + last.output()).isZero();
        assertThat(last.output()).contains("cleared a stale lock");
        Map<String, String> newVersion = DwCli.fingerprints(warehouse);
        Map<String, Long> newManifests = manifestChecksums(home);
        assertThat(newVersion).isNotEqualTo(oldVersion);
        assertThat(DwCli.fingerprints(snapshot)).as("the dated snapshot after the last run").isEqualTo(newVersion);
        assertPartitionsComplete(home);

        int survived = 0;
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).as("warehouse after kill " + KILL_POINTS.get(i).name() + " is the old or the new version")
                    .isIn(oldVersion, newVersion);
            assertThat(seenSnapshots.get(i)).as("dated snapshot after kill " + KILL_POINTS.get(i).name() + " is the old or the new version")
                    .isIn(oldVersion, newVersion);
            for (Map.Entry<String, Long> e : seenManifests.get(i).entrySet()) {
                assertThat(e.getValue()).as("raw partition " + e.getKey() + " after kill " + KILL_POINTS.get(i).name()
                        + " is the old or the new one").isIn(oldManifests.get(e.getKey()), newManifests.get(e.getKey()));
            }
            survived++;
        }
        try (Stream<Path> w = Files.list(home.resolve("warehouse")); Stream<Path> t = Files.list(home.resolve("tmp"))) {
            assertThat(w.map(p -> p.getFileName().toString()).toList()).as("files left in home/warehouse by the killed runs")
                    .containsOnly("opsdw.duckdb", "opsdw_2026-10.duckdb");
            // tmp/duckdb is DuckDB's spill folder (kept between publishes); write-aside work folders must be gone
            assertThat(t.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("duckdb")).toList())
                    .as("work folders left in home/tmp by the killed runs").isEmpty();
        }
        if (Files.isDirectory(home.resolve("lake/_tmp"))) {
            try (Stream<Path> t = Files.list(home.resolve("lake/_tmp"))) {
                assertThat(t.map(p -> p.getFileName().toString()).toList())
                        .as("write-aside work folders left in lake/_tmp by the killed runs").isEmpty();
            }
        }
        long lost = rowsLost(home);
        assertThat(lost).isZero();

        StringBuilder b = new StringBuilder("| kill point (SIGKILL during `dw run`) | result |\n|---|---|\n");
        KILL_POINTS.forEach(k -> b.append("| ").append(k.name()).append(" | survived: warehouse and its dated snapshot open and are old or new; raw partitions complete |\n"));
        b.append("\n| figure | value |\n|---|---|\n")
                .append("| crashes (SIGKILL) | ").append(killed).append(" |\n")
                .append("| crashes survived | ").append(survived).append(" |\n")
                .append("| next run after the crashes | exit 0, stale lock cleared, no leftover files |\n")
                .append("| rows lost (manifest rows read − Parquet rows accepted − quarantined) | ").append(lost).append(" |\n");
        assertThat(ReliabilityDoc.sync("crash", b.toString())).isNull();
    }

    /** Each raw partition's manifest matches the Parquet beside it: accepted = raw rows, quarantined = quarantine rows. */
    private static void assertPartitionsComplete(Path home) throws Exception {
        Path manifests = home.resolve("lake/manifests");
        if (!Files.isDirectory(manifests)) {
            return;
        }
        try (Stream<Path> s = Files.walk(manifests); Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = c.createStatement()) {
            for (Path m : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode j = JSON.readTree(m.toFile());
                String source = j.get("source").asText();
                String part = "period=" + j.get("period").asText();
                assertThat(rows(st, home.resolve("lake/raw").resolve(source).resolve(part)))
                        .as(source + " raw rows = manifest accepted").isEqualTo(j.get("accepted").asLong());
                assertThat(rows(st, home.resolve("lake/quarantine").resolve(source).resolve(part)))
                        .as(source + " quarantine rows = manifest quarantined").isEqualTo(j.get("quarantined").asLong());
            }
        }
    }

    private static long rowsLost(Path home) throws Exception {
        long lost = 0;
        try (Stream<Path> s = Files.walk(home.resolve("lake/manifests")); Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = c.createStatement()) {
            for (Path m : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode j = JSON.readTree(m.toFile());
                String part = "period=" + j.get("period").asText();
                String source = j.get("source").asText();
                lost += j.get("rows_read").asLong() - rows(st, home.resolve("lake/raw").resolve(source).resolve(part))
                        - rows(st, home.resolve("lake/quarantine").resolve(source).resolve(part));
            }
        }
        return lost;
    }

    private static long rows(Statement st, Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            if (s.noneMatch(p -> p.toString().endsWith(".parquet"))) {
                return 0;
            }
        }
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + dir + "/*.parquet')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Per source: a hash of the manifest's file checksums, identifying which export the partition holds. */
    private static Map<String, Long> manifestChecksums(Path home) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(home.resolve("lake/manifests"))) {
            for (Path m : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode j = JSON.readTree(m.toFile());
                long h = 17;
                for (JsonNode f : j.get("files")) {
                    h = h * 31 + f.get("sha256").asText().hashCode();
                }
                out.put(j.get("source").asText(), h * 31 + j.get("rows_read").asLong());
            }
        }
        return out;
    }

    /** One {@code dw run} in its own JVM, its stdout+stderr collected line by line. */
    static final class Child {
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();

        private Child(Process process) {
            this.process = process;
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) {
                        lines.add(l);
                    }
                } catch (IOException ignored) {
                    // the process was killed
                }
            }, "dw-child-output");
            t.setDaemon(true);
            t.start();
        }

        static Child start(Path home, Path input) throws IOException {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-Xmx1200m");
            cmd.addAll(Arrays.asList(System.getProperty("opsdw.spark.jvm.flags", "").trim().split("\\s+")));
            cmd.addAll(List.of("-Duser.timezone=UTC", "-Dfile.encoding=UTF-8", "-cp", classpath(),
                    "io.opsdw.warehouse.DwApplication", "run", "--period", OCT.toString(), "--input", input.toString(),
                    "--home", home.toString(), "--report", "complaints", "--locale", "en", "--dw.spark.master=local[2]"));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            return new Child(pb.start());
        }

        private static String classpath() {
            String cp = System.getProperty("surefire.test.class.path");
            return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
        }

        int await() throws InterruptedException {
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("dw did not finish: " + output());
            }
            process.waitFor();
            return process.exitValue();
        }

        /** Waits for a line matching the pattern, sleeps, then SIGKILLs. False if the run ended before. */
        boolean killAfter(BiPredicate<List<String>, Path> trigger, Path home, long delayMillis) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
            while (System.nanoTime() < deadline) {
                if (trigger.test(lines, home)) {
                    Thread.sleep(delayMillis);
                    if (!process.isAlive()) {
                        return false;
                    }
                    process.destroyForcibly().waitFor();
                    return true;
                }
                if (!process.isAlive()) {
                    return false;
                }
                Thread.sleep(10);
            }
            process.destroyForcibly().waitFor();
            return false;
        }

        String output() {
            return String.join("\n", lines);
        }
    }
}
