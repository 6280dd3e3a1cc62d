package io.opsdw.ingest.read;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Opens the right reader for a probed file. */
public final class TableReaders {

    private TableReaders() {
    }

    public static TableReader open(ProbedFile f, int skipRows) {
        return open(f, skipRows, 0);
    }

    /** One table: the CSV file itself (sheet 0), or one sheet of a workbook. */
    public static TableReader open(ProbedFile f, int skipRows, int sheet) {
        Path path = Path.of(f.path());
        return f.kind() == FileKind.XLSX
                ? new XlsxTableReader(path, skipRows, sheet)
                : new CsvTableReader(path, Charset.forName(f.charset()), f.delimiter(), skipRows);
    }

    /** The tables of a file: its sheets' names for a workbook, one unnamed table (null) for delimited text. */
    public static List<String> tables(ProbedFile f) {
        if (f.kind() == FileKind.XLSX) {
            return XlsxTableReader.sheetNames(Path.of(f.path()));
        }
        List<String> one = new ArrayList<>();
        one.add(null);
        return one;
    }
}
