package io.opsdw.ingest.count;

import java.io.Serializable;

/**
 * The independent count of one table: a CSV file (sheet 0, no name) or one sheet of a workbook.
 *
 * @param hasHeader whether a header row was found (a sheet without one holds no table)
 * @param records   data records below the header
 * @param lineSum   the sum of their first physical lines (sheet rows): records cut in other places give another sum
 */
public record SheetCount(int sheet, String sheetName, boolean hasHeader, long records, long lineSum) implements Serializable {
}
