package io.opsdw.warehouse.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.testing.LoopbackFileSystem;
import io.opsdw.warehouse.config.DwSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing from a lake DuckDB cannot read in place: the marts are copied to the home, published, and the copy removed. */
class LocalZoneTest {

    @TempDir
    Path tmp;

    @Test
    void aLocalLakeIsReadInPlace() throws Exception {
        LakeLayout lake = new LakeLayout(tmp.resolve("home"));
        try (LocalZone marts = LocalZone.marts(lake, () -> {
            throw new AssertionError("no file system needed for a local lake");
        }, "r1")) {
            assertThat(marts.copied()).isFalse();
            assertThat(marts.dir()).isEqualTo(tmp.resolve("home/lake/marts"));
        }
    }

    @Test
    void martsOnAnotherFileSystemAreCopiedPublishedAndTheCopyRemoved() throws Exception {
        MartFixture.write(tmp.resolve("remote/marts"));
        Configuration conf = new Configuration();
        LoopbackFileSystem.register(conf);
        LakeFs fs = new LakeFs(conf);
        fs.mkdirs(new org.apache.hadoop.fs.Path(LoopbackFileSystem.uri(tmp.resolve("remote/marts/_tmp-left-over"))));
        LakeLayout remote = LakeLayout.of(tmp.resolve("home"), LoopbackFileSystem.uri(tmp.resolve("remote")));
        assertThat(remote.lakeIsLocal()).isFalse();
        DuckDbConnections connections = new DuckDbConnections(new DwSettings.DuckDb("256MB", 1), remote.tmp().resolve("duckdb"));

        Path copy;
        PublishResult fromCopy;
        try (LocalZone marts = LocalZone.marts(remote, () -> fs, "r1")) {
            copy = marts.dir();
            assertThat(marts.copied()).isTrue();
            assertThat(copy).startsWith(remote.tmp());
            assertThat(marts.files()).isGreaterThan(5);
            assertThat(copy.resolve("fact_complaint/period=2026-10")).isDirectory();
            assertThat(copy.resolve("_tmp-left-over")).doesNotExist();
            fromCopy = new DuckDbPublisher(connections).publish(remote, copy, "r1", YearMonth.of(2026, 10), Instant.EPOCH, TableDocs.NONE);
        }
        assertThat(copy).as("the local copy is removed after publishing").doesNotExist();
        Map<String, String> copied = fingerprints(connections, remote.warehouseFile());

        LakeLayout local = LakeLayout.of(tmp.resolve("home-local"), tmp.resolve("remote").toString());
        PublishResult inPlace = new DuckDbPublisher(connections).publish(local, LocalZone.marts(local, () -> fs, "r2").dir(), "r1",
                YearMonth.of(2026, 10), Instant.EPOCH, TableDocs.NONE);
        assertThat(fromCopy.rowsByTable()).isEqualTo(inPlace.rowsByTable()).containsEntry("fact_complaint", 2L);
        assertThat(copied).isEqualTo(fingerprints(connections, local.warehouseFile()));
        assertThat(Files.exists(tmp.resolve("home/lake"))).as("nothing written to <home>/lake").isFalse();
    }

    private static Map<String, String> fingerprints(DuckDbConnections connections, Path file) throws Exception {
        try (Connection c = connections.openReadOnly(file)) {
            return TableFingerprints.of(c, false);
        }
    }
}
