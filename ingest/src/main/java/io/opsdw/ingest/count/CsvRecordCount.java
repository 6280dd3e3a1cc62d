package io.opsdw.ingest.count;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Counts the data records of delimited text by the record rule of docs/ingest.md, written a second time on purpose:
 * it shares no code with the reader ({@code read.CsvRecordReader}), reads physical lines with
 * {@link BufferedReader#readLine()} instead of its own line splitter, and never builds a field value. Both must agree
 * on every file; when they do not, the file is not landed.
 */
final class CsvRecordCount {

    /** Same limit as the reader's; the rule says a record spans at most this many physical lines. */
    static final int MAX_LINES = 1000;

    private static final int CLOSED = 0;
    private static final int OPEN = 1;
    private static final int BROKEN = 2;

    private final BufferedReader in;
    private final char delimiter;
    private final List<String> ahead = new ArrayList<>();
    private long lineNumber;
    private boolean firstLine = true;

    private CsvRecordCount(BufferedReader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /**
     * Skips {@code skipRows} records and the header record, then reports the first physical line of every further
     * record to {@code starts}. Returns false when the text holds no header record.
     */
    static boolean count(BufferedReader in, char delimiter, int skipRows, LongConsumer starts) throws IOException {
        CsvRecordCount c = new CsvRecordCount(in, delimiter);
        int before = skipRows + 1;
        int width = 0;
        while (true) {
            String line = c.take();
            if (line == null) {
                return before == 0;
            }
            if (line.isEmpty()) {
                continue;
            }
            long start = c.lineNumber;
            int[] fields = {0, 0};
            int state = c.scan(line, false, fields, width);
            if (state == OPEN) {
                c.tryContinuation(fields, width);
            }
            if (before > 0) {
                before--;
                if (before == 0) {
                    width = fields[0]; // the header's number of fields
                }
            } else {
                starts.accept(start);
            }
        }
    }

    /**
     * An open quoted value continues on the next lines only if it closes cleanly and the record then has exactly the
     * header's fields (more only if those are empty).
     */
    private void tryContinuation(int[] fields, int width) throws IOException {
        int[] more = {fields[0], fields[1]};
        for (int n = 1; n < MAX_LINES; n++) {
            String line = peek(n - 1);
            if (line == null) {
                return;
            }
            int state = scan(line, true, more, width);
            if (state == BROKEN) {
                return;
            }
            if (state == CLOSED) {
                if (width == 0 || more[0] >= width && more[1] == 0) {
                    for (int i = 0; i < n; i++) {
                        take();
                    }
                    fields[0] = more[0];
                }
                return;
            }
        }
    }

    /**
     * One physical line of a record: how it ends (closed, inside an open quoted value, or with broken quoting). The
     * fields that ended on it are added to {@code fields[0]}, those of them beyond the header's width that hold
     * something to {@code fields[1]} (a value continued from the line before holds at least its line break).
     */
    private int scan(String line, boolean insideQuotes, int[] fields, int width) {
        boolean quoted = insideQuotes;
        boolean fieldStart = !insideQuotes;
        // characters of the current field's value (inside quotes: what the quotes hold; a line break counts)
        int length = insideQuotes ? 1 : 0;
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 == n) {
                        endField(fields, width, length);
                        return CLOSED;
                    }
                    char next = line.charAt(i + 1);
                    if (next == '"') {
                        length++;
                        i += 2;
                        continue;
                    }
                    if (next != delimiter) {
                        return BROKEN;
                    }
                    endField(fields, width, length);
                    quoted = false;
                    fieldStart = true;
                    length = 0;
                    i += 2;
                    continue;
                }
                length++;
                i++;
                continue;
            }
            if (fieldStart) {
                fieldStart = false;
                if (c == '"') {
                    quoted = true;
                    i++;
                    continue;
                }
                int j = i;
                while (j < n && line.charAt(j) == ' ') {
                    j++;
                }
                if (j > i && j < n && line.charAt(j) == '"') {
                    return BROKEN;
                }
            }
            if (c == delimiter) {
                endField(fields, width, length);
                fieldStart = true;
                length = 0;
            } else {
                length++;
            }
            i++;
        }
        if (quoted) {
            return OPEN;
        }
        endField(fields, width, length);
        return CLOSED;
    }

    private static void endField(int[] fields, int width, int length) {
        if (width > 0 && fields[0] >= width && length > 0) {
            fields[1]++;
        }
        fields[0]++;
    }

    private String take() throws IOException {
        String line = ahead.isEmpty() ? read() : ahead.remove(0);
        if (line != null) {
            lineNumber++;
        }
        return line;
    }

    private String peek(int i) throws IOException {
        while (ahead.size() <= i) {
            String line = read();
            if (line == null) {
                return null;
            }
            ahead.add(line);
        }
        return ahead.get(i);
    }

    /** A byte-order mark is not text: the reader drops it too. */
    private String read() throws IOException {
        String line = in.readLine();
        if (firstLine && line != null) {
            firstLine = false;
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
        }
        return line;
    }
}
