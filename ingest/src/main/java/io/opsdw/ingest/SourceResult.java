package io.opsdw.ingest;

import org.apache.hadoop.fs.Path;
import java.time.Duration;
import java.util.Map;

/** What an ingest did for one source: files read, rows read = accepted + quarantined, where they went (lake locations). */
public record SourceResult(String source, int files, long rowsRead, long accepted, long quarantined,
                           Map<String, Long> quarantinedByReason, Path rawDir, Path quarantineDir, Duration took) {

    public SourceResult {
        quarantinedByReason = Map.copyOf(quarantinedByReason);
    }
}
