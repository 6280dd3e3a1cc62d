package io.opsdw.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsdw.ingest.IngestException;
import io.opsdw.ingest.IngestJob;
import io.opsdw.ingest.IngestRequest;
import io.opsdw.ingest.SourceResult;
import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.testing.TestSpark;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped Big5 example: other headers, other codes, another date format and a "not closed" token. */
class Big5ExampleMappingTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @Test
    void ingestsATraditionalChineseBig5ExportThroughTheExampleMapping(@TempDir Path tmp) throws Exception {
        String csv = "案件編號,分店代碼,反映日期,反映管道,案件類別,反映內容,查核結果,等級,結案日期,賠償金額,承辦人\r\n"
                + "T001,S01,2026/10/05 14:30,網路,客訴,攝影師態度不佳,屬實,一般,2026/10/06 10:00,\"1,500\",王小明\r\n"
                + "T002,S01,2026/10/07 09:05,臨櫃,建議,希望增加停車位,查核中,一般,未結案,N/A,陳大文\r\n"
                + "T003,S01,2026/10/08 11:00,傳真,客訴,相片遺失,屬實,高,未結案,-,王小明\r\n";
        Path dir = Files.createDirectories(tmp.resolve("in/2026-10"));
        Files.write(dir.resolve("客訴登記表_2026-10.csv"), csv.getBytes(Charset.forName("Big5")));
        Path mapping = Path.of(getClass().getClassLoader().getResource("mappings/examples/big5-complaints-traditional.yml").toURI());
        LakeLayout lake = new LakeLayout(tmp.resolve("lake"));

        SourceResult r = new IngestJob(TestSpark.get(), lake)
                .run(new IngestRequest(OCT, tmp.resolve("in"), Optional.empty(), Optional.of(mapping), "big5")).sources().get(0);

        assertThat(r.source()).isEqualTo("complaints");
        assertThat(r.rowsRead()).isEqualTo(3).isEqualTo(r.accepted() + r.quarantined());
        assertThat(r.quarantinedByReason()).containsOnly(java.util.Map.entry("UNKNOWN_CODE", 1L));
        var rows = TestSpark.get().read().parquet(lake.raw("complaints", OCT).toString()).orderBy("complaint_id").collectAsList();
        Row t1 = rows.get(0);
        assertThat(t1.<String>getAs("channel")).isEqualTo("email");
        assertThat(t1.<String>getAs("content")).isEqualTo("攝影師態度不佳");
        assertThat(t1.getAs("received_at").toString()).isEqualTo("2026-10-05T14:30");
        assertThat(t1.getAs("compensation_amount").toString()).isEqualTo("1500.00");
        Row t2 = rows.get(1);
        assertThat(t2.<String>getAs("validity")).isEqualTo("pending");
        assertThat(t2.<Object>getAs("closed_at")).isNull();
        assertThat(t2.<Object>getAs("compensation_amount")).isNull();
        assertThat(io.opsdw.lakecontract.manifest.ManifestIO.read(TestSpark.lakeFs(), lake.manifest("complaints", OCT)).unknownColumns())
                .containsExactly("承辦人");
    }

    @Test
    void aMappingNamingAFieldTheContractLacksIsRejectedUpFront() {
        String yaml = "sources:\n  complaints:\n    headers: {Ticket: ticket_no}\n";
        assertThatThrownBy(() -> MappingFile.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                "bad.yml", ContractRegistry.load()))
                .isInstanceOf(IngestException.class).hasMessageContaining("ticket_no").hasMessageContaining("bad.yml");
        String unknownKey = "sources:\n  complaints:\n    header: {Ticket: complaint_id}\n";
        assertThatThrownBy(() -> MappingFile.parse(new ByteArrayInputStream(unknownKey.getBytes(StandardCharsets.UTF_8)),
                "typo.yml", ContractRegistry.load()))
                .isInstanceOf(IngestException.class).hasMessageContaining("typo.yml");
    }

    @Test
    void everyShippedExampleMappingLoads() throws Exception {
        Path dir = Path.of(getClass().getClassLoader().getResource("mappings/examples").toURI());
        try (var files = Files.list(dir)) {
            var names = files.filter(p -> p.toString().endsWith(".yml")).toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(5);
            for (Path p : names) {
                assertThat(MappingFile.read(p, ContractRegistry.load()).sources()).as(p.toString()).isNotEmpty();
            }
        }
    }
}
