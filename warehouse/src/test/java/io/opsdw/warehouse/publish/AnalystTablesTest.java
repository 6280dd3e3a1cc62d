package io.opsdw.warehouse.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.config.DwSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables the publisher writes itself, for analysts: the quarantine (every rejected row, personal data withheld),
 * the ingest manifests, the run ledger and publish_info; every table and column of the file carries its dictionary
 * comment.
 */
class AnalystTablesTest {

    @TempDir
    Path home;

    private PublishResult publish(LakeLayout lake) throws Exception {
        MartFixture.write(lake);
        LakeFixture.writeQuarantineAndManifests(lake);
        LakeInputs inputs = new LakeInputs(MartFixture.marts(lake), LakeLayout.localPath(lake.quarantineZone()),
                IngestManifests.read(lake, LakeFs.local()));
        return new DuckDbPublisher(connections(lake)).publish(lake, inputs, "run-1", YearMonth.of(2026, 10), Instant.EPOCH, new ModelCatalogDocs());
    }

    private static DuckDbConnections connections(LakeLayout lake) {
        return new DuckDbConnections(new DwSettings.DuckDb("256MB", 1), lake.tmp());
    }

    @Test
    void theQuarantineTableHoldsEveryRejectedRowWithoutPersonalData() throws Exception {
        LakeLayout lake = new LakeLayout(home);
        PublishResult result = publish(lake);

        try (Connection c = connections(lake).openReadOnly(result.warehouseFile()); Statement st = c.createStatement()) {
            List<String> rows = rows(st, "SELECT source, period, file, line, reason, field, detail, raw_text, raw_text_withheld FROM quarantine");
            assertThat(rows).as("in source, period, file, line order").containsExactly(
                    "complaints|2026-10|complaints_2026-10.csv|7|BAD_DATE|received_at|received_at: '下周一' is not a date|null|true",
                    "complaints|2026-10|complaints_2026-10.csv|12|TOO_LONG|customer_phone|null|null|true",
                    "inventory_movements|2026-09|inventory_movements_2026-09.xlsx|4|UNKNOWN_REFERENCE|item_code|item_code 'W09' is not in items|ST01,water_bar,W09,领用,1,瓶|false",
                    "inventory_movements|2026-10|inventory_movements_2026-10.csv|3|NEGATIVE_VALUE|quantity|quantity: '-2' is below the minimum 0|ST01,water_bar,W01,领用,-2,瓶|false",
                    "inventory_movements|2026-10|inventory_movements_2026-10.csv|9|MALFORMED_ROW|null|2 fields where the header has 11|ST01,water_bar|false");
            assertThat(rows(st, "SELECT count(*) FROM quarantine WHERE raw_text LIKE '%张三丰%' OR raw_text LIKE '%13812345678%' OR detail LIKE '%9999%'"))
                    .containsExactly("0");
        }
        assertThat(result.rowsByTable()).containsEntry("quarantine", 5L).containsEntry("ingest_manifest", 4L);
    }

    /** Against the manifests read as plain JSON (not through ManifestIO), and the quarantine counted per partition. */
    @Test
    void theIngestManifestTableHasOneRowPerFileAndAgreesWithTheQuarantine() throws Exception {
        LakeLayout lake = new LakeLayout(home);
        PublishResult result = publish(lake);

        List<String> expected = new ArrayList<>();
        Map<String, Long> quarantinedByManifest = new TreeMap<>();
        try (Stream<Path> files = Files.walk(LakeLayout.localPath(lake.manifestsZone()))) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode m = new ObjectMapper().readTree(json.toFile());
                for (JsonNode f : m.path("files")) {
                    expected.add(String.join("|", m.path("source").asText(), m.path("period").asText(), f.path("name").asText(),
                            f.path("sha256").asText(), f.path("bytes").asText(), f.path("encoding").asText(), f.path("rows_read").asText(),
                            f.path("accepted").asText(), f.path("quarantined").asText(), f.has("duplicate_of") ? f.path("duplicate_of").asText() : "null",
                            m.path("run_id").asText()));
                }
                quarantinedByManifest.put(m.path("source").asText() + " " + m.path("period").asText(), m.path("quarantined").asLong());
            }
        }
        try (Connection c = connections(lake).openReadOnly(result.warehouseFile()); Statement st = c.createStatement()) {
            assertThat(rows(st, "SELECT source, period, file, sha256, bytes, encoding, rows, accepted, quarantined, duplicate_of, run_id"
                    + " FROM ingest_manifest ORDER BY source, period, file")).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(rows(st, "SELECT count(*) FROM ingest_manifest WHERE ingested_at IS NULL OR ingested_at < TIMESTAMPTZ '2020-01-01'"))
                    .containsExactly("0");
            Map<String, Long> quarantined = new TreeMap<>();
            for (String row : rows(st, "SELECT source || ' ' || period, count(*) FROM quarantine GROUP BY ALL")) {
                quarantined.put(row.split("\\|")[0], Long.parseLong(row.split("\\|")[1]));
            }
            assertThat(quarantined).as("rows in the quarantine table = quarantined in the manifests").isEqualTo(quarantinedByManifest);
        }
    }

    @Test
    void everyTableAndColumnCarriesItsDictionaryCommentAndThePublishersTablesHaveExactlyTheDocumentedColumns() throws Exception {
        LakeLayout lake = new LakeLayout(home);
        PublishResult result = publish(lake);
        ModelCatalogDocs docs = new ModelCatalogDocs();

        try (Connection c = connections(lake).openReadOnly(result.warehouseFile()); Statement st = c.createStatement()) {
            List<String> missing = new ArrayList<>();
            // the metrics layer's own tables (kpi_definitions) carry the metrics catalogue's text (MetricsLayerOnFixtureTest)
            java.util.Set<String> metricsTables = new java.util.HashSet<>();
            io.opsdw.metrics.MetricsCatalog.load().tables().forEach(v -> metricsTables.add(v.name()));
            for (String row : rows(st, "SELECT table_name, coalesce(comment, '') FROM duckdb_tables() WHERE schema_name = 'main'")) {
                String[] t = row.split("\\|", 2);
                if (!metricsTables.contains(t[0]) && !t[1].equals(docs.table(t[0]))) {
                    missing.add("table " + t[0] + ": '" + t[1] + "'");
                }
            }
            Map<String, List<String>> columns = new TreeMap<>();
            for (String row : rows(st, "SELECT c.table_name, c.column_name, coalesce(c.comment, '') FROM duckdb_columns() c"
                    + " JOIN duckdb_tables() t USING (database_name, schema_name, table_name) ORDER BY c.table_name, c.column_index")) {
                String[] col = row.split("\\|", 3);
                columns.computeIfAbsent(col[0], k -> new ArrayList<>()).add(col[1]);
                if (!metricsTables.contains(col[0]) && !col[2].equals(docs.columns(col[0]).get(col[1]))) {
                    missing.add("column " + col[0] + "." + col[1] + ": '" + col[2] + "'");
                }
            }
            assertThat(missing).as("tables and columns whose comment is not their data dictionary text").isEmpty();
            for (String table : DuckDbPublisher.WAREHOUSE_TABLES) {
                assertThat(columns.get(table)).as(table).containsExactlyElementsOf(docs.columns(table).keySet());
            }
        }
    }

    @Test
    void anUnreadableManifestStopsThePublishWithOneLine() throws Exception {
        LakeLayout lake = new LakeLayout(home);
        LakeFixture.writeQuarantineAndManifests(lake);
        Path manifest = LakeLayout.localPath(lake.manifest("complaints", YearMonth.of(2026, 10)));
        Files.writeString(manifest, "{\"source\": \"complaints\", \"period\": \"2026-10\", \"files\": [], \"rows_read\": 3, \"accepted\": 1,"
                + " \"quarantined\": 1, \"quarantined_by_reason\": {}, \"unknown_columns\": [], \"warnings\": []}");

        assertThatThrownBy(() -> IngestManifests.read(lake, LakeFs.local()))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("complaints/period=2026-10.json cannot be read")
                .hasMessageContaining("re-run `dw ingest`");
    }

    private static List<String> rows(Statement st, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(b.toString());
            }
        }
        return rows;
    }
}
