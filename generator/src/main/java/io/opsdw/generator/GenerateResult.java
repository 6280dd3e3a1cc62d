package io.opsdw.generator;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Files written (in write order), data rows per period and source (faulty rows included), and injected
 * faults per period, source and reason code (the same numbers as each period's {@code _faults.json}).
 */
public record GenerateResult(
        List<Path> files,
        Map<YearMonth, Map<String, Long>> rowsBySource,
        Map<YearMonth, Map<String, Map<String, Long>>> faultsBySourceAndReason) {

    public GenerateResult {
        files = List.copyOf(files);
        rowsBySource = Collections.unmodifiableMap(new TreeMap<>(rowsBySource));
        faultsBySourceAndReason = Collections.unmodifiableMap(new TreeMap<>(faultsBySourceAndReason));
    }

    public long totalRows() {
        return rowsBySource.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }
}
