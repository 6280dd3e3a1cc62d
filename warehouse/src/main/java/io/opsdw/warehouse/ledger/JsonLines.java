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
 * An append-only file of JSON objects, one per line: readable while another process appends, and a crash while
 * appending loses at most its own (torn, skipped) line.
 */
final class JsonLines<T> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final Class<T> type;

    JsonLines(Path file, Class<T> type) {
        this.file = file;
        this.type = type;
    }

    Path file() {
        return file;
    }

    synchronized void append(T entry) {
        try {
            Files.createDirectories(file.getParent());
            byte[] line = (JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    List<T> entries() {
        List<T> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    entries.add(JSON.readValue(line, type));
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
