package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports read the published file through the connections they are given (the application's: its DuckDB limits and
 * the analysts' lockdown), never with settings of their own: nothing to write, no other file to read, no setting to
 * change from a dataset's SQL.
 */
class ReportDatabaseLockdownTest {

    @TempDir
    Path tmp;

    @Test
    void aDatasetCanNeitherWriteNorReadOtherFilesNorChangeSettings() throws Exception {
        Path wh = Fixture.build(tmp);
        Path other = Files.writeString(tmp.resolve("other.csv"), "a\n1\n");
        try (ReportDatabase db = ReportDatabase.open(wh)) {
            assertThatThrownBy(() -> db.query(new NamedSql("SELECT * FROM read_csv('" + other + "')"), Map.of()))
                    .hasMessageContaining("disabled");
            assertThatThrownBy(() -> db.query(new NamedSql("CREATE TABLE x AS SELECT 1 AS a"), Map.of()))
                    .hasMessageContaining("read-only");
            assertThatThrownBy(() -> db.query(new NamedSql("SET memory_limit = '8GB'"), Map.of()))
                    .hasMessageContaining("lock");
        }
    }

    @Test
    void theGivenConnectionsLimitsAreTheOnesADatasetRunsWith() throws Exception {
        Path wh = Fixture.build(tmp);
        ReadOnlyConnections limited = file -> {
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly());
            try (Statement st = c.createStatement()) {
                st.execute("SET memory_limit = '123MB'");
                st.execute("SET threads = 1");
                st.execute("SET lock_configuration = true");
            }
            return c;
        };
        try (ReportDatabase db = ReportDatabase.open(wh, limited)) {
            List<Map<String, Object>> rows = db.query(new NamedSql(
                    "SELECT current_setting('memory_limit') AS memory, current_setting('threads')::INT AS threads"), Map.of());
            assertThat(rows.get(0).get("memory").toString()).startsWith("117.3 MiB"); // 123 MB as DuckDB prints it
            assertThat(((Number) rows.get(0).get("threads")).intValue()).isEqualTo(1);
        }
    }

    private static Properties readOnly() {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        return p;
    }
}
