package io.opsdw.ingest.read;

/** One record as read: the physical line it starts on, its cells (null = empty) and its text as in the file. */
public record RawRecord(long line, String[] cells, String rawText) {
}
