package io.opsdw.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The outcome of one ingest run, per source in the order they were landed. Empty means nothing to do. */
public record IngestReport(List<SourceResult> sources) {

    public IngestReport {
        sources = List.copyOf(sources);
    }

    public boolean isEmpty() {
        return sources.isEmpty();
    }

    /** Sums over all sources (source "*", no directories). */
    public SourceResult totals() {
        Map<String, Long> reasons = new TreeMap<>();
        int files = 0;
        long read = 0;
        long accepted = 0;
        long quarantined = 0;
        for (SourceResult s : sources) {
            files += s.files();
            read += s.rowsRead();
            accepted += s.accepted();
            quarantined += s.quarantined();
            s.quarantinedByReason().forEach((k, v) -> reasons.merge(k, v, Long::sum));
        }
        return new SourceResult("*", files, read, accepted, quarantined, reasons, null, null,
                sources.stream().map(SourceResult::took).reduce(Duration.ZERO, Duration::plus));
    }
}
