package io.opsdw.warehouse.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsdw.ingest.IngestReport;
import io.opsdw.ingest.SourceResult;
import io.opsdw.ingest.layout.LakeLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/** Reads the ingest manifests' file checksums for the ledger (which input produced which run). */
final class Manifests {

    private Manifests() {
    }

    static Map<String, String> checksums(LakeLayout lake, YearMonth period, IngestReport report) {
        Map<String, String> checksums = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (SourceResult r : report.sources()) {
            Path manifest = lake.manifest(r.source(), period);
            if (!Files.exists(manifest)) {
                continue;
            }
            try {
                for (JsonNode file : json.readTree(manifest.toFile()).path("files")) {
                    checksums.put(file.path("name").asText(), file.path("sha256").asText());
                }
            } catch (IOException unreadable) {
                // the ledger is informative; a manifest we cannot read does not fail the run
            }
        }
        return checksums;
    }
}
