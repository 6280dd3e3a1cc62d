package io.opsdw.warehouse.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Dated copies of the published file beside it: {@code opsdw_2026-10.duckdb} is the warehouse as the publish for
 * 2026-10 left it. Analysts whose tools keep a connection open (and DuckDB clients cache a database per path) can
 * point them at a dated file, which never changes under them; only the latest {@code keep} periods are kept.
 */
final class Snapshots {

    private final Path stable;
    private final Pattern dated;

    Snapshots(Path stable) {
        this.stable = stable;
        this.dated = Pattern.compile(Pattern.quote(stem()) + "_\\d{4}-\\d{2}\\.duckdb");
    }

    /** {@code <dir>/opsdw_YYYY-MM.duckdb} for the stable file {@code <dir>/opsdw.duckdb}. */
    Path of(YearMonth period) {
        return stable.resolveSibling(stem() + "_" + period + ".duckdb");
    }

    /** The dated files present, oldest period first. */
    List<Path> list() {
        if (!Files.isDirectory(stable.getParent())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(stable.getParent())) {
            return files.filter(p -> dated.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the dated files of all but the latest {@code keep} periods; returns those deleted. */
    List<Path> prune(int keep) throws IOException {
        List<Path> all = list();
        List<Path> removed = new ArrayList<>();
        for (Path old : all.subList(0, Math.max(0, all.size() - keep))) {
            // a reader that still has it open keeps reading it (POSIX unlink); new readers cannot open it any more
            Files.deleteIfExists(old);
            Files.deleteIfExists(Path.of(old + ".wal"));
            removed.add(old);
        }
        return removed;
    }

    private String stem() {
        return stable.getFileName().toString().replaceFirst("\\.duckdb$", "");
    }
}
