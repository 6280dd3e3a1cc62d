package io.opsdw.transforms.run;

import io.opsdw.ingest.layout.LakeLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes a table aside under {@code home/tmp} and then swaps it in, so a failed write never leaves a half-written
 * mart and a re-run replaces the old output whole (never appends a second copy).
 */
public final class MartWriter {

    private final LakeLayout lake;

    public MartWriter(LakeLayout lake) {
        this.lake = lake;
    }

    public void replace(Dataset<Row> df, Path target) {
        Path aside = lake.tmp().resolve(target.getFileName() + "-" + UUID.randomUUID());
        df.write().mode(SaveMode.ErrorIfExists).parquet(aside.toString());
        try {
            Files.createDirectories(target.getParent());
            Path old = null;
            if (Files.exists(target)) {
                old = lake.tmp().resolve(target.getFileName() + "-old-" + UUID.randomUUID());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot swap in " + target, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
