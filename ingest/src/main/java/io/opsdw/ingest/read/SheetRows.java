package io.opsdw.ingest.read;

/** A spreadsheet's first sheet, one row element at a time, in file order. */
interface SheetRows extends AutoCloseable {

    /**
     * One row element: its 1-based Excel row number and its cell values by column, as String, Boolean, Double or
     * LocalDateTime (null = empty or error). The array ends at the row's last cell element, so its length is that
     * cell's column + 1 (0 for a row without cells).
     */
    record SheetRow(long number, Object[] cells) {
    }

    /** The next row element (also one without cells), or null after the last. */
    SheetRow next() throws Exception;

    @Override
    void close();
}
