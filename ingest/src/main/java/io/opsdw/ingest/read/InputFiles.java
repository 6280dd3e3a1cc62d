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
     * Regular files, sorted by name, except names starting with '_' or '.' (sidecars such as _faults.json). A file
     * (or the period folder) that is a link resolving outside the input folder is refused: input cannot escape it.
     */
    public static List<Path> list(Path dir) {
        return list(dir, dir);
    }

    public static List<Path> list(Path dir, Path inputRoot) {
        try (Stream<Path> s = Files.list(dir)) {
            Path root = inputRoot.toRealPath();
            List<Path> files = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("_") && !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
            for (Path f : files) {
                Path real = f.toRealPath();
                if (!real.startsWith(root)) {
                    throw new IngestException("file " + f.getFileName() + ": is a link to " + real + ", outside the input folder "
                            + root + "; copy the export into the input folder instead of linking it");
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
