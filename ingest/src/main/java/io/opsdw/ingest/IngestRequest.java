package io.opsdw.ingest;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * One ingest run: the period, the folder holding its exports (the period folder itself, or a parent holding a
 * {@code YYYY-MM} subfolder), optionally one source and a mapping file, the run id recorded in manifests, and whether
 * an export without data rows may replace a month already landed ({@code allowEmpty}).
 */
public record IngestRequest(YearMonth period, Path inputDir, Optional<String> source, Optional<Path> mappingFile,
                           String runId, boolean allowEmpty) {

    public IngestRequest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(inputDir, "inputDir");
        source = source == null ? Optional.empty() : source;
        mappingFile = mappingFile == null ? Optional.empty() : mappingFile;
        Objects.requireNonNull(runId, "runId");
    }

    public IngestRequest(YearMonth period, Path inputDir, Optional<String> source, Optional<Path> mappingFile, String runId) {
        this(period, inputDir, source, mappingFile, runId, false);
    }
}
