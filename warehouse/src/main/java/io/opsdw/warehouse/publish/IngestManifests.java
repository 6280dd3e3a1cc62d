package io.opsdw.warehouse.publish;

import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.manifest.FileEntry;
import io.opsdw.lakecontract.manifest.Manifest;
import io.opsdw.lakecontract.manifest.ManifestIO;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;

/**
 * Every ingest manifest in the lake ({@code manifests/<source>/period=YYYY-MM.json}), one row per input file. A
 * manifest is written when its source's ingest finishes, so its modification time is when that data was ingested.
 */
public final class IngestManifests {

    private IngestManifests() {
    }

    public static List<IngestedFile> read(LakeLayout lake, LakeFs fs) {
        List<IngestedFile> files = new ArrayList<>();
        if (!fs.exists(lake.manifestsZone())) {
            return files;
        }
        for (FileStatus source : fs.list(lake.manifestsZone())) {
            if (!source.isDirectory() || source.getPath().getName().startsWith(".") || source.getPath().getName().startsWith("_")) {
                continue;
            }
            for (FileStatus json : fs.list(source.getPath())) {
                if (json.isFile() && json.getPath().getName().endsWith(".json") && LakeLayout.periodOf(json.getPath().getName()).isPresent()) {
                    files.addAll(rows(fs, json));
                }
            }
        }
        files.sort(Comparator.comparing(IngestedFile::source).thenComparing(IngestedFile::period).thenComparing(IngestedFile::file));
        return files;
    }

    private static List<IngestedFile> rows(LakeFs fs, FileStatus json) {
        Manifest m;
        try {
            m = ManifestIO.read(fs, json.getPath());
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new PublishException("the ingest manifest " + LakeLayout.display(json.getPath()) + " cannot be read (" + e.getMessage()
                    + "); re-run `dw ingest` for that source and period", e);
        }
        Instant ingestedAt = Instant.ofEpochMilli(json.getModificationTime());
        List<IngestedFile> rows = new ArrayList<>();
        for (FileEntry f : m.files()) {
            rows.add(new IngestedFile(m.source(), m.period(), f.name(), f.sha256(), f.bytes(), f.encoding(), f.rowsRead(),
                    f.accepted(), f.quarantined(), f.duplicateOf(), ingestedAt, m.runId()));
        }
        return rows;
    }
}
