package io.opsdw.ingest.mapping;

import io.opsdw.ingest.IngestException;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.ingest.read.InputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The master rows a mapping declares for an export that carries none (a regulator's complaints name no sites file):
 * written as a CSV with the contract's field names as header, so they are landed, checked and counted like any
 * export, and the manifest names the mapping they came from.
 */
public final class DeclaredMasters {

    private DeclaredMasters() {
    }

    /** The file name manifests and messages show for a master declared in a mapping. */
    public static String fileName(String source, String mappingName) {
        return source + " declared in " + mappingName + ".csv";
    }

    public static InputFile write(SourceContract contract, List<Map<String, String>> rows, String mappingName, Path dir) {
        Set<String> fields = new LinkedHashSet<>();
        rows.forEach(r -> fields.addAll(r.keySet()));
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", fields.stream().map(DeclaredMasters::quote).toList())).append("\r\n");
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String f : fields) {
                String v = row.get(f);
                cells.add(v == null ? "" : quote(v));
            }
            csv.append(String.join(",", cells)).append("\r\n");
        }
        String name = fileName(contract.source(), mappingName);
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IngestException("cannot write the " + contract.source() + " declared in " + mappingName + ": " + e.getMessage(), e);
        }
        return new InputFile(file, name);
    }

    private static String quote(String v) {
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
