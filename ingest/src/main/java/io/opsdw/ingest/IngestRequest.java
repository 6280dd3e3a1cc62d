package io.opsdw.ingest;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * One ingest run: the period, the folder holding its exports (the period folder itself, or a parent holding a
 * {@code YYYY-MM} subfolder), optionally one source and a mapping file, and the run id recorded in manifests.
 */
public record IngestRequest(YearMonth period, Path inputDir, Optional<String> source, Optional<Path> mappingFile,
                           String runId) {

    public IngestRequest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(inputDir, "inputDir");
        source = source == null ? Optional.empty() : source;
        mappingFile = mappingFile == null ? Optional.empty() : mappingFile;
        Objects.requireNonNull(runId, "runId");
    }
}
