package io.opsdw.warehouse.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Append-only run ledger, one JSON object per line in home/ledger/runs.jsonl. A plain file rather than a database
 * so that `dw history` can read it while a run is writing, and so a crash mid-run loses at most its own line.
 */
public final class RunLedger {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public RunLedger(Path ledgerDir) {
        this.file = ledgerDir.resolve("runs.jsonl");
    }

    public Path file() {
        return file;
    }

    public synchronized void append(LedgerEntry entry) {
        try {
            Files.createDirectories(file.getParent());
            byte[] line = (JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run ledger " + file + ": " + e.getMessage(), e);
        }
    }

    /** All entries, oldest first; a torn last line (a crash while appending) is skipped. */
    public List<LedgerEntry> entries() {
        List<LedgerEntry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    entries.add(JSON.readValue(line, LedgerEntry.class));
                } catch (IOException torn) {
                    // only the last line can be torn; ignore it
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
