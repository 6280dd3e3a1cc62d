package io.opsdw.ingest.read;

import java.nio.file.Path;

/**
 * An export file of a period: where it is, and its name relative to the period folder ({@code 补录/complaints.csv} for a
 * file in a subfolder), which is how manifests, lineage and messages name it.
 */
public record InputFile(Path path, String name) {

    /** The last part of the name, which file patterns are matched against. */
    public String fileName() {
        return path.getFileName().toString();
    }
}
