package io.opsdw.ingest.read;

import io.opsdw.ingest.IngestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds a period's export files: the period folder (or its parent's YYYY-MM child) and its subfolders, sidecars and
 * hidden files skipped. Subfolders ({@code 补录/}, {@code 第二批/}) hold more exports of the same period and are read;
 * a subfolder named like a period (YYYY-MM) is another period's and is not.
 */
public final class InputFiles {

    private static final Pattern PERIOD_FOLDER = Pattern.compile("\\d{4}-\\d{2}");

    private InputFiles() {
    }

    public static Path periodDir(Path inputDir, YearMonth period) {
        if (!Files.isDirectory(inputDir)) {
            throw new IngestException("input folder " + inputDir + " does not exist or is not a folder; pass the folder holding the exports");
        }
        if (period == null) {
            return inputDir; // an export spanning periods: the folder itself (its period subfolders are not read)
        }
        Path child = inputDir.resolve(period.toString());
        return Files.isDirectory(child) ? child : inputDir;
    }

    public static List<InputFile> list(Path dir) {
        return list(dir, dir);
    }

    /**
     * Regular files under {@code dir}, sorted by their relative name, except names starting with '_' or '.' (files or
     * folders: sidecars such as _faults.json) and period folders. A file or folder that is a link resolving outside
     * the input folder is refused: input cannot escape it.
     */
    public static List<InputFile> list(Path dir, Path inputRoot) {
        List<InputFile> files = new ArrayList<>();
        try {
            Path root = inputRoot.toRealPath();
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    if (d.equals(dir)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = d.getFileName().toString();
                    if (skipped(name) || PERIOD_FOLDER.matcher(name).matches()) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    insideRoot(d, root);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile() && !skipped(f.getFileName().toString())) {
                        insideRoot(f, root);
                        files.add(new InputFile(f, dir.relativize(f).toString().replace('\\', '/')));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
                    if (e instanceof FileSystemLoopException) {
                        throw new IngestException("folder " + dir.relativize(f) + ": a link that leads back into the input folder; remove it");
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(InputFile::name));
        return files;
    }

    private static boolean skipped(String name) {
        return name.startsWith("_") || name.startsWith(".");
    }

    private static void insideRoot(Path p, Path root) throws IOException {
        Path real = p.toRealPath();
        if (!real.startsWith(root)) {
            throw new IngestException("file " + p.getFileName() + ": is a link to " + real + ", outside the input folder "
                    + root + "; copy the export into the input folder instead of linking it");
        }
    }

    /** Glob match on the file name, case-insensitive (patterns come from contracts and mappings). */
    public static boolean matches(String fileName, List<String> globs) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (String g : globs) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + g.toLowerCase(Locale.ROOT));
            if (m.matches(Path.of(name))) {
                return true;
            }
        }
        return false;
    }

    /** A configured ignore glob matches the relative name (e.g. {@code 备份/**}) or the file name (e.g. {@code *.txt}). */
    public static boolean ignored(InputFile f, List<String> globs) {
        return matches(f.fileName(), globs) || matches(f.name(), globs);
    }
}
