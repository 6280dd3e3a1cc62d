package io.opsdw.ingest;

import java.util.List;

/**
 * The outcome of one ingest run, per source in the order they were landed, and the files left out because
 * dw.ingest.ignore lists them, and notices about the run as a whole. No source means nothing to do.
 */
public record IngestReport(List<SourceResult> sources, List<String> ignoredFiles, List<String> notices) {

    public IngestReport {
        sources = List.copyOf(sources);
        ignoredFiles = ignoredFiles == null ? List.of() : List.copyOf(ignoredFiles);
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    public IngestReport(List<SourceResult> sources, List<String> ignoredFiles) {
        this(sources, ignoredFiles, List.of());
    }

    public IngestReport(List<SourceResult> sources) {
        this(sources, List.of());
    }
}
