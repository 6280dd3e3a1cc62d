package io.opsdw.warehouse.ledger;

import java.nio.file.Path;
import java.util.List;

/**
 * Append-only run ledger, one JSON object per line in home/ledger/runs.jsonl. A plain file rather than a database
 * so that `dw history` can read it while a run is writing, and so a crash mid-run loses at most its own line.
 */
public final class RunLedger {

    private final JsonLines<LedgerEntry> lines;

    public RunLedger(Path ledgerDir) {
        this.lines = new JsonLines<>(ledgerDir.resolve("runs.jsonl"), LedgerEntry.class);
    }

    public Path file() {
        return lines.file();
    }

    public void append(LedgerEntry entry) {
        lines.append(entry);
    }

    /** All entries, oldest first; a torn last line (a crash while appending) is skipped. */
    public List<LedgerEntry> entries() {
        return lines.entries();
    }
}
