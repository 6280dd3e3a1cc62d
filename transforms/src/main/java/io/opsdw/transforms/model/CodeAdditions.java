package io.opsdw.transforms.model;

import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.manifest.Manifest;
import io.opsdw.lakecontract.manifest.ManifestIO;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

/**
 * Codes that mapping files added to the contracts' code lists ({@code add_codes:}), with their labels, as the ingest
 * recorded them in the manifests of every period: {@code 'source.field'} -> code -> language tag -> label. The
 * dimensions label a mapping's codes from here, so transforms need no mapping file. A code added again with other
 * labels in a later period takes the later labels (dimensions are rebuilt from every period on each run).
 */
public record CodeAdditions(Map<String, Map<String, Map<String, String>>> byField) {

    public CodeAdditions {
        byField = Map.copyOf(byField);
    }

    public static CodeAdditions none() {
        return new CodeAdditions(Map.of());
    }

    /** Every manifest in the lake, oldest period first. */
    public static CodeAdditions fromManifests(LakeLayout lake, LakeFs fs) {
        Map<String, Map<String, Map<String, String>>> out = new LinkedHashMap<>();
        if (!fs.exists(lake.manifestsZone())) {
            return none();
        }
        for (FileStatus source : fs.list(lake.manifestsZone())) {
            if (!source.isDirectory()) {
                continue;
            }
            // file names are period=YYYY-MM.json: name order is period order
            for (Path file : fs.files(source.getPath(), ".json").stream().sorted().toList()) {
                Manifest m = ManifestIO.read(fs, file);
                m.addedCodes().forEach((field, codes) -> out.computeIfAbsent(m.source() + "." + field,
                        k -> new LinkedHashMap<>()).putAll(codes));
            }
        }
        return new CodeAdditions(out);
    }

    /** Codes added to one field ({@code 'source.field'}): code -> language tag -> label; empty when none. */
    public Map<String, Map<String, String>> of(String qualifiedField) {
        return byField.getOrDefault(qualifiedField, Map.of());
    }
}
