package io.opsdw.warehouse.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What a publish produced: the file, rows per table, the views created and those skipped (with why). */
public record PublishResult(Path warehouseFile, Map<String, Long> rowsByTable, List<String> views, Map<String, String> skippedViews) {

    public long totalRows() {
        return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
