package io.opsdw.ingest;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;

/**
 * What an ingest did for one source: files read, records counted independently, rows read = accepted + quarantined,
 * where they went (lake locations), notices for the operator (e.g. workbook sheets that were not read) and the
 * manifest's warnings (references not checked, files read once, columns left unbound), and the period landed (an
 * export spanning periods gives one result per period).
 */
public record SourceResult(String source, int files, long rowsCounted, long rowsRead, long accepted, long quarantined,
                           Map<String, Long> quarantinedByReason, Path rawDir, Path quarantineDir, Duration took,
                           List<String> notices, List<String> warnings, YearMonth period) {

    public SourceResult {
        quarantinedByReason = Map.copyOf(quarantinedByReason);
        notices = notices == null ? List.of() : List.copyOf(notices);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** The same result with the time the whole source took (an export spanning periods lands them all at once). */
    public SourceResult took(Duration took) {
        return new SourceResult(source, files, rowsCounted, rowsRead, accepted, quarantined, quarantinedByReason, rawDir,
                quarantineDir, took, notices, warnings, period);
    }
}
