package io.opsdw.ingest.read;

import java.io.Closeable;
import java.util.List;

/** Reads one table file: the header row, then records one at a time (so a task never holds a whole file). */
public interface TableReader extends Closeable {

    List<String> header();

    /** The next data record, or null at the end. */
    RawRecord next();

    @Override
    void close();
}
