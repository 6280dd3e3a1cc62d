package io.opsdw.lakecontract;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.lakecontract.testing.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawPartitionsTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @Test
    void periodNamesAreParsedInOnePlace() {
        assertThat(LakeLayout.periodOf("period=2026-10")).contains(OCT);
        assertThat(LakeLayout.periodOf("period=2026-10.json")).contains(OCT);
        for (String notAPeriod : new String[] {"period=2026-13", "period=2026-1", "_tmp-period=2026-10", "period=2026-10.json.tmp",
                "period=2026-10x", "_SUCCESS", "sites"}) {
            assertThat(LakeLayout.periodOf(notAPeriod)).as(notAPeriod).isEqualTo(Optional.empty());
        }
        assertThat(LakeLayout.periodOf(LakeLayout.periodPartition(OCT))).contains(OCT);
    }

    @Test
    void periodsAreThePartitionsThatHoldRowsReadWithTheContractsTypes(@TempDir Path home) throws Exception {
        var spark = TestSpark.get();
        LakeLayout lake = new LakeLayout(home);
        SourceContract sites = ContractRegistry.load().get("sites");
        RawPartitions raw = new RawPartitions(spark, lake, TestSpark.lakeFs());

        Dataset<Row> empty = raw.read(sites, OCT);
        assertThat(empty.schema()).isEqualTo(LandingSchema.raw(sites));
        assertThat(empty.count()).isZero();
        assertThat(raw.periods("sites")).isEmpty();

        spark.sql("SELECT 'ST01' AS site_code").write().parquet(lake.raw("sites", OCT.minusMonths(1)).toString());
        Files.createDirectories(LakeLayout.localPath(lake.raw("sites", OCT))); // arrived empty: no Parquet
        Files.createDirectories(LakeLayout.localPath(lake.rawRoot("sites")).resolve("period=2026-13"));
        Files.createDirectories(LakeLayout.localPath(lake.rawRoot("sites")).resolve("_tmp-run-1"));

        assertThat(raw.periods("sites")).containsExactly(OCT.minusMonths(1));
        assertThat(raw.has("sites", OCT)).isFalse();
        Dataset<Row> sept = raw.read(sites, OCT.minusMonths(1));
        assertThat(sept.schema()).isEqualTo(LandingSchema.raw(sites));
        assertThat(sept.collectAsList()).extracting(r -> r.getAs("site_code")).containsExactly("ST01");
        assertThat(TestSpark.lakeFs().periods(lake.rawRoot("sites"))).containsExactly(OCT.minusMonths(1), OCT);
    }
}
