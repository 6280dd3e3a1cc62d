package io.opsdw.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.config.DwSettings;
import io.opsdw.warehouse.publish.DuckDbConnections;
import io.opsdw.warehouse.publish.DuckDbPublisher;
import io.opsdw.warehouse.publish.MartFixture;
import io.opsdw.warehouse.publish.TableDocs;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryServiceTest {

    @TempDir
    Path home;
    private LakeLayout lake;
    private QueryService service;

    @BeforeEach
    void publish() throws Exception {
        lake = new LakeLayout(home);
        MartFixture.write(lake);
        DuckDbConnections connections = new DuckDbConnections(new DwSettings.DuckDb("256MB", 1), lake.tmp());
        new DuckDbPublisher(connections).publish(lake, MartFixture.marts(lake), "r1", YearMonth.of(2026, 10), Instant.EPOCH, TableDocs.NONE);
        service = new QueryService(connections);
    }

    @Test
    void answersSelectsAndFormatsChineseTablesAligned() {
        QueryResult result = service.query(lake.warehouseFile(), "-- sites\nSELECT site_code, site_name FROM dim_site WHERE site_key <> 0 ORDER BY 1");
        assertThat(result.rows()).hasSize(2);
        String table = ResultFormatter.format(result, ResultFormatter.Format.TABLE);
        assertThat(table).contains("盛世影楼").endsWith("(2 rows)");
        String[] lines = table.split("\n");
        assertThat(ResultFormatter.displayWidth(lines[2])).isEqualTo(ResultFormatter.displayWidth(lines[3]));
        assertThat(ResultFormatter.format(result, ResultFormatter.Format.CSV)).startsWith("site_code,site_name\nSC01,");
        assertThat(ResultFormatter.format(result, ResultFormatter.Format.JSON)).contains("\"site_code\":\"SC01\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DELETE FROM dim_site", "  insert into dim_site values (1)", "/* x */ DROP TABLE dim_site",
            "COPY dim_site TO '/tmp/x.csv'", "ATTACH '/tmp/other.duckdb'", "PRAGMA enable_external_access", ""})
    void refusesStatementsThatWriteWithAClearMessage(String sql) {
        assertThatThrownBy(() -> service.query(lake.warehouseFile(), sql))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("dw query is read-only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELEC * FROM dim_site", "SELECT * FORM dim_site", "  (SELECT site_code FROM dim_site", "UPDTE dim_site SET x = 1"})
    void aTypoIsReportedAsASyntaxErrorNotAsARefusedStatement(String sql) {
        if (sql.startsWith("SELEC ")) {
            assertThatThrownBy(() -> service.query(lake.warehouseFile(), sql)).hasMessage("syntax error in the query at or near \"SELEC\" (LINE 1: SELEC * FROM dim_site)");
        }
        assertThatThrownBy(() -> service.query(lake.warehouseFile(), sql))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("syntax error in the query")
                .hasMessageContaining("LINE 1:")
                .hasMessageNotContaining("refused")
                .hasMessageNotContaining("Parser Error");
    }

    @Test
    void theTableRoundsFractionsForPeopleWhileCsvAndJsonKeepEveryDigit() {
        QueryResult result = service.query(lake.warehouseFile(),
                "SELECT 2 / 3 AS rate, 12345.678951::DOUBLE AS big, 0.1::DOUBLE AS tenth, 3.10::DECIMAL(18,2) AS cost, avg(1.0) / 3 AS dec_avg,"
                        + " -0.00001::DOUBLE AS tiny, NULL::DOUBLE AS none, 42 AS n, 'x' AS label");
        String table = ResultFormatter.format(result, ResultFormatter.Format.TABLE);
        String[] lines = table.split("\n");
        assertThat(lines[2].split(" \\| ")).extracting(String::strip)
                .containsExactly("0.6667", "12345.679", "0.1", "3.10", "0.3333", "0", "NULL", "42", "x");
        assertThat(lines[0].indexOf("| n ")).as("numbers are right-aligned under their header")
                .isLessThan(lines[2].indexOf("42"));
        assertThat(ResultFormatter.format(result, ResultFormatter.Format.CSV)).contains("0.6666666666666666,12345.678951,0.1,3.10,");
        assertThat(ResultFormatter.format(result, ResultFormatter.Format.JSON)).contains("\"rate\":0.6666666666666666", "\"big\":12345.678951");
    }

    @Test
    void rowsComeInTheQuerysOrder() {
        QueryResult desc = service.query(lake.warehouseFile(), "SELECT range AS n FROM range(5000) ORDER BY n DESC");
        assertThat(desc.rows()).extracting(r -> ((Number) r.get(0)).longValue()).startsWith(4999L, 4998L, 4997L).endsWith(1L, 0L)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        String table = ResultFormatter.format(desc, ResultFormatter.Format.TABLE);
        assertThat(table.split("\n")[2].strip()).isEqualTo("4999");
        assertThat(ResultFormatter.format(desc, ResultFormatter.Format.CSV).split("\n")[1]).isEqualTo("4999");
    }

    @Test
    void theQuarantineAndTheIngestManifestsAreTablesDwQueryReads() {
        assertThat(service.query(lake.warehouseFile(), "SELECT reason, count(*) FROM quarantine GROUP BY ALL").columns()).containsExactly("reason", "count_star()");
        assertThat(service.query(lake.warehouseFile(), "SELECT source, period, sum(quarantined) FROM ingest_manifest GROUP BY ALL").rows()).isEmpty();
    }

    @Test
    void cannotReadOtherFilesThroughTableFunctions() {
        assertThatThrownBy(() -> service.query(lake.warehouseFile(), "SELECT * FROM read_csv('/etc/hostname')"))
                .hasMessageStartingWith("query failed");
    }

    @Test
    void writingCtesAreStillRefusedByTheReadOnlyConnection() {
        assertThatThrownBy(() -> service.query(lake.warehouseFile(), "WITH x AS (SELECT 1) SELECT * FROM x; DELETE FROM dim_site"))
                .hasMessageStartingWith("query failed");
        assertThat(service.query(lake.warehouseFile(), "SELECT count(*) FROM dim_site").rows().get(0).get(0)).isEqualTo(3L);
    }
}
