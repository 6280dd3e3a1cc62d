package io.opsdw.lakecontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsdw.lakecontract.testing.LoopbackFileSystem;
import java.nio.file.Files;
import java.time.YearMonth;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lake's file operations on a non-{@code file} Hadoop file system, and how lake locations are configured. */
class LakeFsTest {

    @TempDir
    java.nio.file.Path tmp;

    private LakeFs loopback() {
        Configuration conf = new Configuration();
        LoopbackFileSystem.register(conf);
        return new LakeFs(conf);
    }

    @Test
    void smallFilesListingRenameAndDeleteGoThroughTheConfiguredFileSystem() throws Exception {
        LakeFs fs = loopback();
        Path root = new Path(LoopbackFileSystem.uri(tmp.resolve("lake")));
        Path file = new Path(new Path(root, "a/b"), "m.json");

        assertThat(fs.exists(file)).isFalse();
        assertThat(fs.list(root)).isEmpty();
        fs.writeString(file, "{\"accepted\": 3}");
        assertThat(fs.readString(file)).isEqualTo("{\"accepted\": 3}");
        assertThat(Files.readString(tmp.resolve("lake/a/b/m.json"))).as("stored on local disk").contains("accepted");
        assertThat(fs.isDirectory(new Path(root, "a"))).isTrue();
        assertThat(fs.isDirectory(file)).isFalse();
        assertThat(fs.list(new Path(root, "a/b")).stream().map(FileStatus::getPath).map(Path::toUri).map(java.net.URI::getScheme))
                .as("listed locations keep the lake's scheme").containsExactly("lakefs");
        assertThat(fs.files(new Path(root, "a/b"), ".json")).extracting(Path::getName).containsExactly("m.json");

        fs.rename(new Path(root, "a"), new Path(root, "c/d"));
        assertThat(fs.readString(new Path(root, "c/d/b/m.json"))).contains("3");
        assertThatThrownBy(() -> fs.rename(new Path(root, "c"), new Path(root, "c/d"))).hasMessageContaining("exists");
        fs.delete(new Path(root, "c"));
        assertThat(fs.exists(new Path(root, "c"))).isFalse();
        fs.delete(new Path(root, "c")); // nothing there: nothing to do
    }

    @Test
    void replaceSwapsAWrittenAsideFolderInAndRemovesTheOldOne() {
        LakeFs fs = loopback();
        Path root = new Path(LoopbackFileSystem.uri(tmp));
        Path target = new Path(root, "raw/complaints/period=2026-10");
        fs.writeString(new Path(target, "old.parquet"), "old");
        Path written = new Path(root, "_tmp/w/raw");
        fs.writeString(new Path(written, "new.parquet"), "new");

        fs.replace(written, target, new Path(root, "_tmp/w/old-raw"));

        assertThat(fs.files(target, ".parquet")).extracting(Path::getName).containsExactly("new.parquet");
        assertThat(fs.exists(written)).isFalse();
        assertThat(fs.exists(new Path(root, "_tmp/w/old-raw"))).isFalse();
        // a first landing has nothing to move away
        fs.writeString(new Path(root, "_tmp/w/m.json"), "{}");
        fs.replace(new Path(root, "_tmp/w/m.json"), new Path(root, "manifests/complaints/period=2026-10.json"), new Path(root, "_tmp/w/x"));
        assertThat(fs.readString(new Path(root, "manifests/complaints/period=2026-10.json"))).isEqualTo("{}");
    }

    @Test
    void copyToLocalGivesDuckDbAPlainFile() throws Exception {
        LakeFs fs = loopback();
        Path file = new Path(LoopbackFileSystem.uri(tmp.resolve("lake")) + "/marts/dim_site/part-0.parquet");
        fs.writeString(file, "PAR1");
        java.nio.file.Path local = tmp.resolve("copy/dim_site/part-0.parquet");

        fs.copyToLocal(file, local);

        assertThat(Files.readString(local)).isEqualTo("PAR1");
        try (var s = Files.list(local.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no checksum side files").containsExactly("part-0.parquet");
        }
    }

    @Test
    void theLakeIsHomeLakeByDefaultAPlainPathOrAnyHadoopUri() {
        java.nio.file.Path home = tmp.resolve("home");
        YearMonth oct = YearMonth.of(2026, 10);

        LakeLayout byDefault = LakeLayout.of(home, null);
        assertThat(byDefault.lake().toString()).isEqualTo("file:" + home.resolve("lake"));
        assertThat(byDefault.lakeIsLocal()).isTrue();
        assertThat(LakeLayout.localPath(byDefault.raw("complaints", oct))).isEqualTo(home.resolve("lake/raw/complaints/period=2026-10"));
        assertThat(byDefault).isEqualTo(new LakeLayout(home));

        assertThat(LakeLayout.of(home, tmp.resolve("elsewhere").toString()).lake().toString()).isEqualTo("file:" + tmp.resolve("elsewhere"));

        LakeLayout hdfs = LakeLayout.of(home, "hdfs://namenode:8020/dw/lake");
        assertThat(hdfs.lakeIsLocal()).isFalse();
        assertThat(hdfs.manifest("complaints", oct).toString()).isEqualTo("hdfs://namenode:8020/dw/lake/manifests/complaints/period=2026-10.json");
        assertThat(hdfs.martPartition("fact_complaint", oct).toString()).isEqualTo("hdfs://namenode:8020/dw/lake/marts/fact_complaint/period=2026-10");
        assertThat(hdfs.work().toString()).isEqualTo("hdfs://namenode:8020/dw/lake/_tmp");
        assertThat(hdfs.warehouseFile()).as("the home stays local").isEqualTo(home.resolve("warehouse/opsdw.duckdb"));
        assertThatThrownBy(() -> LakeLayout.localPath(hdfs.rawZone())).hasMessageContaining("not on the local file system");

        assertThat(LakeLayout.of(home, "s3a://bucket").rawZone().toString()).isEqualTo("s3a://bucket/raw");
        assertThat(LakeLayout.of(home, "lakefs:///data/lake").rawRoot("sites").toString()).isEqualTo("lakefs:/data/lake/raw/sites");
        assertThat(LakeLayout.display(byDefault.rawZone())).isEqualTo(home.resolve("lake/raw").toString());
        assertThatThrownBy(() -> LakeLayout.of(home, "hdfs:relative/lake")).hasMessageContaining("absolute");
    }
}
