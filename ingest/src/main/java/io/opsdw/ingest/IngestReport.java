package io.opsdw.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    public boolean isEmpty() {
        return sources.isEmpty();
    }

    /** Sums over all sources (source "*", no directories). */
    public SourceResult totals() {
        Map<String, Long> reasons = new TreeMap<>();
        int files = 0;
        long counted = 0;
        long read = 0;
        long accepted = 0;
        long quarantined = 0;
        for (SourceResult s : sources) {
            files += s.files();
            counted += s.rowsCounted();
            read += s.rowsRead();
            accepted += s.accepted();
            quarantined += s.quarantined();
            s.quarantinedByReason().forEach((k, v) -> reasons.merge(k, v, Long::sum));
        }
        return new SourceResult("*", files, counted, read, accepted, quarantined, reasons, null, null,
                sources.stream().map(SourceResult::took).reduce(Duration.ZERO, Duration::plus), List.of(), List.of());
    }
}
