package io.opsdw.ingest;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * One ingest run: the period (null: every period the rows name, each row landed in the month of its contract's period
 * field; see {@link #spanning(Path, Optional, Optional, String, boolean)}), the folder holding its exports (the period folder itself, or a parent holding a
 * {@code YYYY-MM} subfolder), optionally one source and a mapping file, the run id recorded in manifests, and whether
 * an export without data rows may replace a month already landed ({@code allowEmpty}).
 */
public record IngestRequest(YearMonth period, Path inputDir, Optional<String> source, Optional<Path> mappingFile,
                           String runId, boolean allowEmpty) {

    public IngestRequest {
        Objects.requireNonNull(inputDir, "inputDir");
        source = source == null ? Optional.empty() : source;
        mappingFile = mappingFile == null ? Optional.empty() : mappingFile;
        Objects.requireNonNull(runId, "runId");
    }

    /** An ingest of exports spanning periods: every row lands in the period its contract's period field gives. */
    public static IngestRequest spanning(Path inputDir, Optional<String> source, Optional<Path> mappingFile, String runId,
                                         boolean allowEmpty) {
        return new IngestRequest(null, inputDir, source, mappingFile, runId, allowEmpty);
    }

    /** True when the rows' own period fields say where they land (no period given). */
    public boolean isSpanning() {
        return period == null;
    }

    public IngestRequest(YearMonth period, Path inputDir, Optional<String> source, Optional<Path> mappingFile, String runId) {
        this(period, inputDir, source, mappingFile, runId, false);
    }
}
