package io.opsdw.ingest.land;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Replaces a partition directory (or file) with one written aside: the old one is renamed out of the way, the new
 * one renamed in, the old one deleted. Readers see the old or the new partition, never a mixture.
 */
final class PartitionSwap {

    private PartitionSwap() {
    }

    static void replace(Path written, Path target, Path trash) {
        try {
            Files.createDirectories(target.getParent());
            boolean hadOld = Files.exists(target);
            if (hadOld) {
                Files.createDirectories(trash.getParent());
                move(target, trash);
            }
            move(written, target);
            if (hadOld) {
                deleteRecursively(trash);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot swap " + written + " into " + target + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteRecursively(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            walk.sorted(Comparator.reverseOrder()).forEach(x -> {
                try {
                    Files.deleteIfExists(x);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
