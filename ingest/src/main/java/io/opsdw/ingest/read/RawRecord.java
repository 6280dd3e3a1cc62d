package io.opsdw.ingest.read;

/**
 * One record as read: the physical line (or sheet row) it starts on, its cells (null = empty), its text as in the
 * file, and what is wrong with it, if anything.
 *
 * @param problem  why the record cannot be split into fields (its cells are then null), e.g. a quote that breaks
 *                 the quoting rules; null for a well-formed record
 * @param badCells per cell, why a spreadsheet cell holds no usable value (a formula never calculated, an error
 *                 value); null when every cell is fine
 */
public record RawRecord(long line, String[] cells, String rawText, Problem problem, String[] badCells) {

    /** A record-level problem, at a column (0-based) when it is known, else -1. */
    public record Problem(int column, String detail) {
    }

    public RawRecord(long line, String[] cells, String rawText) {
        this(line, cells, rawText, null, null);
    }

    public static RawRecord malformed(long line, String rawText, int column, String detail) {
        return new RawRecord(line, null, rawText, new Problem(column, detail), null);
    }
}
