package io.opsdw.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;

/**
 * What an ingest did for one source: files read, records counted independently, rows read = accepted + quarantined,
 * where they went (lake locations), notices for the operator (e.g. workbook sheets that were not read) and the
 * manifest's warnings (references not checked, files read once, columns left unbound).
 */
public record SourceResult(String source, int files, long rowsCounted, long rowsRead, long accepted, long quarantined,
                           Map<String, Long> quarantinedByReason, Path rawDir, Path quarantineDir, Duration took,
                           List<String> notices, List<String> warnings) {

    public SourceResult {
        quarantinedByReason = Map.copyOf(quarantinedByReason);
        notices = notices == null ? List.of() : List.copyOf(notices);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
