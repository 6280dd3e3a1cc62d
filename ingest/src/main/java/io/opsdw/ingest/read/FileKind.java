package io.opsdw.ingest.read;

/** How a file is read, decided from its bytes (not its name): delimited text or a spreadsheet. */
public enum FileKind {
    CSV, XLSX
}
