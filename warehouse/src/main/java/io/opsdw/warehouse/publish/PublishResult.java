package io.opsdw.warehouse.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a publish produced: the file, rows per table, the views created and those skipped (with why), the dated
 * snapshot written (null when none are kept) and the older snapshots removed.
 */
public record PublishResult(Path warehouseFile, Map<String, Long> rowsByTable, List<String> views, Map<String, String> skippedViews,
                            Path snapshot, List<Path> removedSnapshots) {

    public PublishResult(Path warehouseFile, Map<String, Long> rowsByTable, List<String> views, Map<String, String> skippedViews) {
        this(warehouseFile, rowsByTable, views, skippedViews, null, List.of());
    }

    PublishResult withSnapshots(Path snapshot, List<Path> removed) {
        return new PublishResult(warehouseFile, rowsByTable, views, skippedViews, snapshot, List.copyOf(removed));
    }

    public long totalRows() {
        return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
