package io.opsdw.warehouse.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.config.DwSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbPublisherTest {

    @TempDir
    Path home;

    private final YearMonth october = YearMonth.of(2026, 10);

    private DuckDbConnections connections(LakeLayout lake) {
        return new DuckDbConnections(new DwSettings.DuckDb("512MB", 1), lake.tmp());
    }

    @Test
    void publishesEveryMartWithAllAnalystViewsAndCleansUp() throws Exception {
        LakeLayout lake = new LakeLayout(home);
        MartFixture.write(lake);

        PublishResult result = new DuckDbPublisher(connections(lake)).publish(lake, MartFixture.marts(lake), "run-1", october, Instant.EPOCH, TableDocs.NONE);

        assertThat(result.rowsByTable()).containsEntry("fact_complaint", 2L).containsEntry("dim_site", 3L);
        assertThat(result.skippedViews()).isEmpty();
        assertThat(result.views()).hasSize(AnalystViews.viewFiles().size()).contains("v_complaint_sla_monthly");
        try (Stream files = new Stream(lake.warehouseDir())) {
            assertThat(files.names()).containsExactly("opsdw.duckdb", "opsdw_2026-10.duckdb");
        }
        try (Connection c = connections(lake).openReadOnly(lake.warehouseFile()); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT received, resolved_same_day_rate, callback_within_3d_rate FROM v_complaint_sla_monthly");
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(2);
            assertThat(rs.getDouble(2)).isEqualTo(0.5);
            assertThat(rs.getDouble(3)).isEqualTo(0.5);
            // Marts without ingest manifests: the file has an empty ingest_manifest, so nothing is recorded as arrived
            // (as the completeness gate, which reads the same manifests, would say); the fallback to the facts' periods
            // is for files published before ingest_manifest existed.
            rs = st.executeQuery("SELECT count(*) FROM ingest_manifest");
            rs.next();
            assertThat(rs.getLong(1)).isZero();
            rs = st.executeQuery("SELECT count(*) FROM v_source_periods");
            rs.next();
            assertThat(rs.getLong(1)).isZero();
            rs = st.executeQuery("SELECT count(*) FROM kpi_definitions WHERE definition_en LIKE 'Numerator: %'");
            rs.next();
            assertThat(rs.getLong(1)).isGreaterThan(20);
            rs = st.executeQuery("SELECT comment FROM duckdb_views() WHERE view_name = 'v_complaint_sla_monthly'");
            rs.next();
            assertThat(rs.getString(1)).contains("Grain: one month x site x record type", "Base: ");
            rs = st.executeQuery("SELECT period FROM fact_complaint LIMIT 1");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("2026-10");
            rs = st.executeQuery("SELECT run_id, period FROM publish_info");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("run-1");
        }
    }

    @Test
    void publishingTwiceGivesIdenticalTableContents() throws Exception {
        LakeLayout lake = new LakeLayout(home);
        MartFixture.write(lake);
        DuckDbPublisher publisher = new DuckDbPublisher(connections(lake));

        publisher.publish(lake, MartFixture.marts(lake), "run-1", october, Instant.EPOCH, TableDocs.NONE);
        Map<String, String> first = fingerprints(lake);
        publisher.publish(lake, MartFixture.marts(lake), "run-2", october, Instant.now(), TableDocs.NONE);
        Map<String, String> second = fingerprints(lake);

        assertThat(first).isNotEmpty().containsKey("fact_complaint");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void dataQualityErrorsBlockPublishingAndLeaveThePublishedFileAlone() throws Exception {
        LakeLayout lake = new LakeLayout(home);
        MartFixture.write(lake);
        DuckDbPublisher publisher = new DuckDbPublisher(connections(lake));
        publisher.publish(lake, MartFixture.marts(lake), "run-1", october, Instant.EPOCH, TableDocs.NONE);
        byte[] before = Files.readAllBytes(lake.warehouseFile());

        try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("COPY (SELECT 'r2' AS run_id, 'fact_complaint' AS model, 'relationships_site_key' AS check_name, 'error' AS severity,"
                    + " 'fail' AS status, 3::BIGINT AS failing_rows, 'K7, K8, K9' AS sample_keys, TIMESTAMP '2026-11-01' AS checked_at) TO '"
                    + MartFixture.marts(lake).resolve("dq_results/period=2026-10/failure.parquet") + "' (FORMAT parquet)");
        }

        assertThatThrownBy(() -> publisher.publish(lake, MartFixture.marts(lake), "run-3", october, Instant.EPOCH, TableDocs.NONE))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("fact_complaint.relationships_site_key")
                .hasMessageContaining("K7, K8, K9");
        assertThat(Files.readAllBytes(lake.warehouseFile())).isEqualTo(before);
    }

    @Test
    void anUnknownStorageVersionIsAClearErrorAndLeavesThePublishedFileAlone() throws Exception {
        LakeLayout lake = new LakeLayout(home);
        MartFixture.write(lake);
        new DuckDbPublisher(connections(lake)).publish(lake, MartFixture.marts(lake), "run-1", october, Instant.EPOCH, TableDocs.NONE);
        byte[] before = Files.readAllBytes(lake.warehouseFile());

        assertThatThrownBy(() -> new DuckDbPublisher(connections(lake), new DwSettings.Publish("v9.9", 3))
                .publish(lake, MartFixture.marts(lake), "run-2", october, Instant.EPOCH, TableDocs.NONE))
                .isInstanceOf(PublishException.class)
                .hasMessage("dw.publish.storage-version 'v9.9' is not a DuckDB release; use one such as v1.4.0 (the oldest DuckDB that must open the file) or latest");
        assertThat(Files.readAllBytes(lake.warehouseFile())).isEqualTo(before);
    }

    @Test
    void noMartsIsAClearError() {
        LakeLayout lake = new LakeLayout(home);
        assertThatThrownBy(() -> new DuckDbPublisher(connections(lake)).publish(lake, MartFixture.marts(lake), "r", october, Instant.EPOCH, TableDocs.NONE))
                .hasMessageContaining("dw transform --period 2026-10");
    }

    private Map<String, String> fingerprints(LakeLayout lake) throws Exception {
        try (Connection c = connections(lake).openReadOnly(lake.warehouseFile())) {
            return TableFingerprints.of(c, false);
        }
    }

    /** Lists a folder's file names. */
    private record Stream(Path dir) implements AutoCloseable {
        java.util.List<String> names() throws java.io.IOException {
            try (var s = Files.list(dir)) {
                return s.map(p -> p.getFileName().toString()).sorted().toList();
            }
        }

        @Override
        public void close() {
        }
    }
}
