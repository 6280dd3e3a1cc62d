package io.opsdw.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Streams rows of already formatted cells to one export (possibly split into parts). */
public interface ExportWriter {

    void writeRow(String[] cells) throws IOException;

    /** Finishes the export and returns the files it produced, in order. */
    List<Path> finish() throws IOException;
}
