package io.opsdw.ingest.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.opsdw.ingest.IngestException;
import io.opsdw.ingest.IngestJob;
import io.opsdw.ingest.IngestOptions;
import io.opsdw.ingest.IngestReport;
import io.opsdw.ingest.IngestRequest;
import io.opsdw.ingest.SourceResult;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.manifest.Manifest;
import io.opsdw.lakecontract.manifest.ManifestIO;
import io.opsdw.ingest.testing.ReliabilityDoc;
import io.opsdw.lakecontract.testing.TestSpark;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad export in {@code src/test/resources/corpus/<case>/} (made by {@code src/test/corpus/make_corpus.py}) is
 * ingested for 2026-10 through the real {@link IngestJob} on the shared Spark session, and its {@code expected.yml}
 * is asserted: per source, the rows the file holds = accepted + quarantined, with the quarantine broken down by reason,
 * and the Parquet written holding exactly those counts; or a one-line file-level error naming the file and the fix,
 * with nothing written for that source. The totals go to docs/reliability.md.
 */
class BadExportCorpusTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final AtomicLong CASES = new AtomicLong();
    private static final AtomicLong FILE_ERRORS = new AtomicLong();
    private static final AtomicLong ROWS_EXPECTED = new AtomicLong();
    private static final AtomicLong ROWS_COUNTED = new AtomicLong();
    private static final AtomicLong ROWS_ACCEPTED = new AtomicLong();
    private static final AtomicLong ROWS_QUARANTINED = new AtomicLong();
    private static final Map<String, Long> BY_REASON = new TreeMap<>();

    @TempDir
    Path tmp;

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path root = Path.of(BadExportCorpusTest.class.getClassLoader().getResource("corpus").toURI());
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyRowIsAccountedForOrTheFileIsRefused(String name) throws Exception {
        Path caseDir = Path.of(BadExportCorpusTest.class.getClassLoader().getResource("corpus/" + name).toURI());
        JsonNode expected = YAML.readTree(caseDir.resolve("expected.yml").toFile());
        assertThat(expected.path("covers").asText()).as("expected.yml says what the case covers").isNotBlank();
        Path in = tmp.resolve("in");
        copy(caseDir.resolve(OCT.toString()), in.resolve(OCT.toString()));
        LakeLayout lake = new LakeLayout(tmp.resolve("lake"));
        // the corpus is about reasons: a case may quarantine most of its few rows without being refused for it
        IngestJob job = new IngestJob(TestSpark.get(), lake, IngestOptions.defaults().withMaxQuarantineShare(1.0));
        IngestRequest request = new IngestRequest(OCT, in, Optional.empty(), Optional.empty(), "corpus-" + name);

        if (expected.has("error")) {
            String source = expected.get("error").get("source").asText();
            Throwable t = catchThrowable(() -> job.run(request));
            assertThat(t).as("a file-level error").isInstanceOf(IngestException.class);
            assertThat(t.getMessage()).doesNotContain("\n");
            for (JsonNode fragment : expected.get("error").get("message")) {
                assertThat(t.getMessage()).containsIgnoringCase(fragment.asText());
            }
            assertThat(TestSpark.lakeFs().exists(lake.raw(source, OCT))).as("raw partition").isFalse();
            assertThat(TestSpark.lakeFs().exists(lake.quarantine(source, OCT))).as("quarantine partition").isFalse();
            assertThat(TestSpark.lakeFs().exists(lake.manifest(source, OCT))).as("manifest").isFalse();
            assertNoLeftovers(lake);
            FILE_ERRORS.incrementAndGet();
            CASES.incrementAndGet();
            return;
        }

        IngestReport report = job.run(request);
        JsonNode sources = expected.path("sources");
        assertThat(report.sources()).extracting(SourceResult::source)
                .containsExactlyInAnyOrderElementsOf(iterable(sources.fieldNames()));
        for (SourceResult r : report.sources()) {
            JsonNode e = sources.get(r.source());
            long read = e.get("read").asLong();
            Map<String, Long> reasons = new TreeMap<>();
            e.path("quarantined").fields().forEachRemaining(f -> reasons.put(f.getKey(), f.getValue().asLong()));
            long quarantined = reasons.values().stream().mapToLong(Long::longValue).sum();

            assertThat(r.accepted() + r.quarantined()).as(r.source() + ": rows in the export = accepted + quarantined")
                    .isEqualTo(read);
            assertThat(r.rowsRead()).isEqualTo(read);
            assertThat(r.accepted()).as(r.source() + " accepted").isEqualTo(e.get("accepted").asLong());
            assertThat(r.quarantinedByReason()).as(r.source() + " quarantined by reason").isEqualTo(reasons);
            assertThat(r.quarantined()).isEqualTo(quarantined);

            Manifest m = ManifestIO.read(TestSpark.lakeFs(), lake.manifest(r.source(), OCT));
            assertThat(m.rowsRead()).isEqualTo(read);
            assertThat(m.rowsCounted()).as(r.source() + ": records by the independent count").isEqualTo(read);
            assertThat(m.accepted()).isEqualTo(r.accepted());
            for (JsonNode w : e.path("warnings")) {
                assertThat(m.warnings()).as(r.source() + " manifest warnings").anyMatch(x -> x.contains(w.asText()));
            }
            assertThat(parquetRows(lake.raw(r.source(), OCT))).as("rows in raw Parquet").isEqualTo(r.accepted());
            assertThat(parquetRows(lake.quarantine(r.source(), OCT))).as("rows in quarantine Parquet").isEqualTo(quarantined);
            tally(() -> {
                ROWS_EXPECTED.addAndGet(read);
                ROWS_COUNTED.addAndGet(m.rowsCounted());
                ROWS_ACCEPTED.addAndGet(r.accepted());
                ROWS_QUARANTINED.addAndGet(r.quarantined());
                reasons.forEach((k, v) -> BY_REASON.merge(k, v, Long::sum));
            });
        }
        assertNoLeftovers(lake);
        CASES.incrementAndGet();
    }

    private static synchronized void tally(Runnable r) {
        r.run();
    }

    @AfterAll
    static void figures() throws Exception {
        if (CASES.get() < cases().count()) {
            return; // a filtered run (-Dtest=...#case) does not restate the totals
        }
        long lost = ROWS_COUNTED.get() - ROWS_ACCEPTED.get() - ROWS_QUARANTINED.get();
        StringBuilder b = new StringBuilder();
        b.append("| figure | value |\n|---|---|\n")
                .append("| bad-export cases tried | ").append(CASES.get()).append(" |\n")
                .append("| cases refused with a file-level error (nothing written) | ").append(FILE_ERRORS.get()).append(" |\n")
                .append("| rows in the corpus exports (by each case's expected.yml) | ").append(ROWS_EXPECTED.get()).append(" |\n")
                .append("| records counted by the independent pass (manifests' `rows_counted`) | ").append(ROWS_COUNTED.get()).append(" |\n")
                .append("| rows accepted | ").append(ROWS_ACCEPTED.get()).append(" |\n")
                .append("| rows quarantined | ").append(ROWS_QUARANTINED.get()).append(" |\n")
                .append("| rows lost (counted - accepted - quarantined) | ").append(lost).append(" |\n");
        BY_REASON.forEach((k, v) -> b.append("| quarantined as `").append(k).append("` | ").append(v).append(" |\n"));
        assertThat(lost).isZero();
        String stale = ReliabilityDoc.sync("corpus", b.toString());
        assertThat(stale).as("docs/reliability.md").isNull();
    }

    private static long parquetRows(org.apache.hadoop.fs.Path dir) {
        return TestSpark.get().read().parquet(dir.toString()).count();
    }

    private static void assertNoLeftovers(LakeLayout lake) {
        assertThat(TestSpark.lakeFs().list(lake.work())).as("work folders left in " + lake.work()).isEmpty();
    }

    private static <T> Iterable<T> iterable(Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
