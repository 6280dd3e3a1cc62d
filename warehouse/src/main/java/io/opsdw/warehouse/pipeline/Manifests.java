package io.opsdw.warehouse.pipeline;

import io.opsdw.ingest.IngestReport;
import io.opsdw.ingest.SourceResult;
import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.manifest.FileEntry;
import io.opsdw.lakecontract.manifest.ManifestIO;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;

/** Reads the ingest manifests' file checksums for the ledger (which input produced which run). */
final class Manifests {

    private Manifests() {
    }

    static Map<String, String> checksums(LakeLayout lake, LakeFs fs, IngestReport report) {
        Map<String, String> checksums = new TreeMap<>();
        for (SourceResult r : report.sources()) {
            Path manifest = lake.manifest(r.source(), r.period());
            try {
                if (!fs.exists(manifest)) {
                    continue;
                }
                for (FileEntry file : ManifestIO.read(fs, manifest).files()) {
                    checksums.put(file.name(), file.sha256());
                }
            } catch (UncheckedIOException | IllegalStateException unreadable) {
                // the ledger is informative; a manifest we cannot read does not fail the run
            }
        }
        return checksums;
    }
}
