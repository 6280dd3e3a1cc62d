package io.opsdw.ingest.read;

import io.opsdw.ingest.IngestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds a period's export files: the period folder (or its parent's YYYY-MM child), sidecars and hidden files skipped. */
public final class InputFiles {

    private InputFiles() {
    }

    public static Path periodDir(Path inputDir, YearMonth period) {
        if (!Files.isDirectory(inputDir)) {
            throw new IngestException("input folder " + inputDir + " does not exist or is not a folder; pass the folder holding the exports");
        }
        Path child = inputDir.resolve(period.toString());
        return Files.isDirectory(child) ? child : inputDir;
    }

    /**
     * Regular files, sorted by name, except names starting with '_' or '.' (sidecars such as _faults.json) and
     * links that lead outside the folder (an input folder must not become a way to read other files).
     */
    public static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            Path real = dir.toRealPath();
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("_") && !p.getFileName().toString().startsWith("."))
                    .filter(p -> inside(p, real))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean inside(Path file, Path realDir) {
        try {
            return file.toRealPath().startsWith(realDir);
        } catch (IOException e) {
            return false;
        }
    }

    /** Glob match on the file name, case-insensitive (patterns come from contracts and mappings). */
    public static boolean matches(Path file, List<String> globs) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String g : globs) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + g.toLowerCase(Locale.ROOT));
            if (m.matches(Path.of(name))) {
                return true;
            }
        }
        return false;
    }
}
