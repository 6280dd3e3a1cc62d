package io.opsdw.ingest.read;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import com.univocity.parsers.csv.UnescapedQuoteHandling;
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
 * Delimited text through univocity-parsers (ships with Spark): quoted newlines, CR / LF / CRLF line endings
 * detected per file, huge fields allowed, stray quotes kept as text. Tracks the physical line each record starts on.
 */
public final class CsvTableReader implements TableReader {

    private final String fileName;
    private final CsvParser parser;
    private final RecordSplitter splitter;
    private final Reader reader;
    private final List<String> header;

    public CsvTableReader(Path file, Charset charset, char delimiter, int skipRows) {
        this.fileName = file.getFileName().toString();
        CsvParserSettings s = new CsvParserSettings();
        s.getFormat().setDelimiter(delimiter);
        s.getFormat().setLineSeparator("\n");
        s.setLineSeparatorDetectionEnabled(false);
        s.setHeaderExtractionEnabled(false);
        s.setCommentProcessingEnabled(false);
        s.setIgnoreLeadingWhitespaces(false);
        s.setIgnoreTrailingWhitespaces(false);
        s.setIgnoreLeadingWhitespacesInQuotes(false);
        s.setIgnoreTrailingWhitespacesInQuotes(false);
        s.setMaxCharsPerColumn(-1);
        s.setMaxColumns(2048);
        s.setNullValue(null);
        s.setEmptyValue("");
        s.setNormalizeLineEndingsWithinQuotes(false);
        s.setUnescapedQuoteHandling(UnescapedQuoteHandling.STOP_AT_DELIMITER);
        this.parser = new CsvParser(s);
        try {
            this.reader = openReader(file, charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.splitter = new RecordSplitter(reader, delimiter);
        for (int i = 0; i < skipRows; i++) {
            if (splitter.next() == null) {
                break;
            }
        }
        RawRecord first = next();
        if (first == null) {
            close();
            throw new IngestException("file " + fileName + ": no header row (the file holds no records); export it with a header row");
        }
        this.header = Arrays.asList(first.cells());
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
        RecordSplitter.Chunk chunk = splitter.next();
        if (chunk == null) {
            return null;
        }
        String[] cells;
        try {
            cells = parser.parseLine(chunk.text());
        } catch (TextParsingException e) {
            // one record beyond the parser's limits: surface it as a malformed record, keep reading the rest
            cells = null;
        }
        return new RawRecord(chunk.line(), cells, chunk.text());
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
