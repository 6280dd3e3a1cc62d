package io.opsdw.ingest.read;

import java.nio.charset.Charset;
import java.nio.file.Path;

/** Opens the right reader for a probed file. */
public final class TableReaders {

    private TableReaders() {
    }

    public static TableReader open(ProbedFile f, int skipRows) {
        Path path = Path.of(f.path());
        return f.kind() == FileKind.XLSX
                ? new XlsxTableReader(path, skipRows)
                : new CsvTableReader(path, Charset.forName(f.charset()), f.delimiter(), skipRows);
    }
}
