package io.opsdw.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsdw.ingest.layout.LakeLayout;
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
