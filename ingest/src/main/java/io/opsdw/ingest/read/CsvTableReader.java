package io.opsdw.ingest.read;

import io.opsdw.ingest.IngestException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A delimited text file as a table: {@link CsvRecordReader} cuts it into records (physical line numbers and raw text
 * kept for lineage), the first record after {@code skipRows} is the header, and data records must reach its width
 * for a quoted value to span lines.
 *
 * <p>No CSV library does the splitting: none offers a recovery rule for broken quoting (they stop or swallow the rest
 * of the file), and a second parser over the splitter's chunks could disagree with it about where a record ends.
 */
public final class CsvTableReader implements TableReader {

    private final String fileName;
    private final CsvRecordReader records;
    private final Reader reader;
    private final List<String> header;

    public CsvTableReader(Path file, Charset charset, char delimiter, int skipRows) {
        this.fileName = file.getFileName().toString();
        try {
            this.reader = openReader(file, charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.records = new CsvRecordReader(reader, delimiter, 1);
        for (int i = 0; i < skipRows; i++) {
            if (records.next() == null) {
                break;
            }
        }
        RawRecord first = records.next();
        if (first == null) {
            close();
            throw new IngestException("file " + fileName + ": no header row (the file holds no records); export it with a header row");
        }
        if (first.cells() == null) {
            close();
            throw new IngestException("file " + fileName + ": the header row (line " + first.line() + ") cannot be split into columns ("
                    + first.problem().detail() + "); fix the header line");
        }
        this.header = Arrays.asList(first.cells());
        records.expectWidth(header.size());
    }

    /** Decoding errors were ruled out by the probe; a BOM is dropped so it cannot stick to the first header. */
    private static Reader openReader(Path file, Charset charset) throws IOException {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
        r.mark(1);
        int c = r.read();
        if (c != '\uFEFF' && c != -1) {
            r.reset();
        }
        return r;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public RawRecord next() {
        return records.next();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
