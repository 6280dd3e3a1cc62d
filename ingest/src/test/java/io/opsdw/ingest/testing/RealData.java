package io.opsdw.ingest.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public exports in ../shared/realdata beside the repository (-Dopsdw.realdata=DIR elsewhere); tests using
 * them skip, with a message, where they are absent.
 */
public final class RealData {

    private RealData() {
    }

    /** ../shared/realdata relative to the repository root (the folder holding .git), found from the working dir. */
    public static Path dir() {
        String configured = System.getProperty("opsdw.realdata");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir.resolve("../shared/realdata").normalize();
            }
        }
        return Path.of("../shared/realdata");
    }
}
