package io.opsdw.generator;

import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV through univocity (RFC 4180 quoting of commas, quotes and newlines in complaint text). Rolls over to
 * {@code <base>_partN.csv} every {@code rowsPerPart} rows; a single part is renamed to {@code <base>.csv}.
 */
final class CsvExportWriter implements ExportWriter {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path dir;
    private final String baseName;
    private final Encoding encoding;
    private final String[] header;
    private final long rowsPerPart;
    private final List<Path> parts = new ArrayList<>();
    private CsvWriter writer;
    private long rowsInPart;

    CsvExportWriter(Path dir, String baseName, Encoding encoding, String[] header, long rowsPerPart) {
        this.dir = dir;
        this.baseName = baseName;
        this.encoding = encoding;
        this.header = header;
        this.rowsPerPart = rowsPerPart;
    }

    @Override
    public void writeRow(String[] cells) throws IOException {
        if (writer == null || rowsInPart >= rowsPerPart) {
            openNextPart();
        }
        Object[] values = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            values[i] = cells[i] == null || cells[i].isEmpty() ? null : cells[i];
        }
        writer.writeRow(values);
        rowsInPart++;
    }

    private void openNextPart() throws IOException {
        closeCurrent();
        Path file = dir.resolve(baseName + "_part" + (parts.size() + 1) + ".csv");
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (encoding.bom) {
            out.write(UTF8_BOM);
        }
        // REPORT: a character the target charset cannot hold must fail the run, not become '?'.
        var encoder = encoding.charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        writer = new CsvWriter(new OutputStreamWriter(out, encoder), settings());
        writer.writeRow((Object[]) header);
        parts.add(file);
        rowsInPart = 0;
    }

    private static CsvWriterSettings settings() {
        CsvWriterSettings settings = new CsvWriterSettings();
        settings.getFormat().setLineSeparator("\r\n");
        settings.getFormat().setDelimiter(',');
        settings.getFormat().setQuote('"');
        settings.getFormat().setQuoteEscape('"');
        // Leading/trailing spaces are deliberate dirt in some cells; keep them.
        settings.setIgnoreLeadingWhitespaces(false);
        settings.setIgnoreTrailingWhitespaces(false);
        settings.setQuoteEscapingEnabled(true);
        settings.setNullValue(null);
        settings.setEmptyValue(null);
        settings.setMaxCharsPerColumn(-1);
        return settings;
    }

    private void closeCurrent() {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }

    @Override
    public List<Path> finish() throws IOException {
        if (writer == null) {
            openNextPart(); // header-only file: an empty export is still an export
        }
        closeCurrent();
        if (parts.size() == 1) {
            Path single = dir.resolve(baseName + ".csv");
            Files.move(parts.get(0), single, StandardCopyOption.REPLACE_EXISTING);
            return List.of(single);
        }
        return List.copyOf(parts);
    }
}
