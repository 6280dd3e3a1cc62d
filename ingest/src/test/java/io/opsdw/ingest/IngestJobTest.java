package io.opsdw.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.ingest.testing.Fixtures;
import io.opsdw.lakecontract.testing.TestSpark;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJobTest {

    @Test
    void landsACleanMonthMastersFirst(@TempDir Path tmp) {
        LakeLayout lake = new LakeLayout(tmp.resolve("lake"));
        Path in = Fixtures.copy("good", tmp.resolve("in"));
        IngestReport report = new IngestJob(TestSpark.get(), lake)
                .run(new IngestRequest(YearMonth.of(2026, 10), in, Optional.empty(), Optional.empty(), "t1"));
        // the masters (in the contracts' order) land before the operational source that references them
        assertThat(report.sources()).extracting(SourceResult::source).containsExactlyInAnyOrder("sites", "departments", "complaints");
        assertThat(report.sources().get(2).source()).isEqualTo("complaints");
        SourceResult complaints = report.sources().get(2);
        assertThat(complaints.rowsRead()).isEqualTo(3);
        assertThat(complaints.accepted()).isEqualTo(3);
        var rows = TestSpark.get().read().parquet(lake.raw("complaints", YearMonth.of(2026, 10)).toString())
                .orderBy("complaint_id").collectAsList();
        Row first = rows.get(0);
        assertThat(first.<String>getAs("channel")).isEqualTo("walk_in");
        assertThat(first.<Object>getAs("received_at").toString()).isEqualTo("2026-10-05T10:15");
        assertThat(first.<Object>getAs("compensation_amount").toString()).isEqualTo("200.00");
        assertThat(first.<Long>getAs("_source_line")).isEqualTo(2L);
        assertThat(report.sources().stream().mapToLong(SourceResult::rowsRead).sum()).isEqualTo(9);
    }
}
