package io.opsdw.ingest.read;

/** One sheet of a spreadsheet, one row element at a time, in file order. */
interface SheetRows extends AutoCloseable {

    /**
     * One row element: its 1-based Excel row number and its cell values by column, as String, Boolean, Double,
     * LocalDateTime or {@link BadCell} (null = empty). The array ends at the row's last cell element, so its length is
     * that cell's column + 1 (0 for a row without cells).
     */
    record SheetRow(long number, Object[] cells) {
    }

    /**
     * A cell without a usable value: how it shows in the raw text, why, and whether the cell counts as holding something (an error value does, a
     * formula never calculated does not: a row of those is a blank row).
     */
    record BadCell(String text, String detail, boolean holdsValue) {
    }

    /** The next row element (also one without cells), or null after the last. */
    SheetRow next() throws Exception;

    @Override
    void close();
}
