package io.opsdw.ingest.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsdw.ingest.IngestException;
import io.opsdw.ingest.IngestJob;
import io.opsdw.ingest.IngestRequest;
import io.opsdw.ingest.SourceResult;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.manifest.Manifest;
import io.opsdw.lakecontract.manifest.ManifestIO;
import io.opsdw.ingest.testing.Fixtures;
import io.opsdw.lakecontract.testing.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-runs replace a partition whole; the same file twice counts once; a failed run leaves the old partition. */
class IdempotencyTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @Test
    void rerunDuplicateFileAndFailedRun(@TempDir Path tmp) throws Exception {
        LakeLayout lake = new LakeLayout(tmp.resolve("lake"));
        Path in = Fixtures.copy("good", tmp.resolve("in"));
        IngestJob job = new IngestJob(TestSpark.get(), lake);

        SourceResult first = job.run(request(in, "r1")).sources().get(0);
        SourceResult second = job.run(request(in, "r2")).sources().get(0);
        assertThat(second.rowsRead()).isEqualTo(first.rowsRead()).isEqualTo(3);
        assertThat(rawRows(lake)).isEqualTo(3);
        assertThat(ManifestIO.read(TestSpark.lakeFs(), lake.manifest("complaints", OCT)).runId()).isEqualTo("r2");
        assertThat(ManifestIO.read(TestSpark.lakeFs(), lake.manifest("complaints", OCT)).warnings())
                .anyMatch(w -> w.contains("not checked against sites"));

        Path dir = in.resolve("2026-10");
        Files.copy(dir.resolve("complaints_2026-10.csv"), dir.resolve("complaints_2026-10_copy.csv"));
        SourceResult third = job.run(request(in, "r3")).sources().get(0);
        assertThat(third.files()).isEqualTo(2);
        assertThat(third.rowsRead()).isEqualTo(3);
        assertThat(third.accepted() + third.quarantined()).isEqualTo(3);
        assertThat(rawRows(lake)).isEqualTo(3);
        Manifest m = ManifestIO.read(TestSpark.lakeFs(), lake.manifest("complaints", OCT));
        assertThat(m.files()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("complaints_2026-10_copy.csv");
            assertThat(f.skippedDuplicateFile()).isTrue();
            assertThat(f.rowsRead()).isZero();
        });

        Files.writeString(dir.resolve("complaints_2026-10_late.csv"), "投诉编号,投诉内容\nC9,迟到\n");
        assertThatThrownBy(() -> job.run(request(in, "r4"))).isInstanceOf(IngestException.class)
                .hasMessageContaining("complaints_2026-10_late.csv");
        assertThat(ManifestIO.read(TestSpark.lakeFs(), lake.manifest("complaints", OCT)).runId()).isEqualTo("r3");
        assertThat(rawRows(lake)).isEqualTo(3);
        assertThat(TestSpark.lakeFs().list(lake.work())).as("work folders left").isEmpty();
    }

    private static IngestRequest request(Path in, String runId) {
        return new IngestRequest(OCT, in, Optional.of("complaints"), Optional.empty(), runId);
    }

    private static long rawRows(LakeLayout lake) {
        return TestSpark.get().read().parquet(lake.raw("complaints", OCT).toString()).count();
    }
}
