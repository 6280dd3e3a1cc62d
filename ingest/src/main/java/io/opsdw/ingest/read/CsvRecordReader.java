package io.opsdw.ingest.read;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Delimited text, one record at a time, by the record rule in docs/ingest.md ("How a CSV file is cut into records"):
 * RFC 4180 quoting, plus a recovery rule so that broken quoting spoils only the record it is in.
 *
 * <ul>
 *   <li>Physical lines end at CR, LF or CRLF. Empty lines between records are not records; a line of spaces is.</li>
 *   <li>A field that starts with {@code "} is quoted: {@code ""} inside it is one quote, and a quote followed by the
 *       delimiter or the end of the line closes it. Quotes anywhere else are ordinary text.</li>
 *   <li>A quote inside a quoted field followed by anything else ({@code "双十一"套餐}, {@code \"}, {@code "a" ,}), or a
 *       space before an opening quote, breaks the quoting: the record is malformed and ends with its line.</li>
 *   <li>A quoted field still open at the end of a line continues on the next lines (a line break inside the value)
 *       only if it closes cleanly within {@value #MAX_LINES_PER_RECORD} lines and the record then has exactly the
 *       header's number of fields (more only if the extra ones are empty); otherwise the record is malformed and ends
 *       with its first line.</li>
 * </ul>
 *
 * So every physical line belongs to exactly one record, and a malformed record never takes the lines after it. A
 * plain-Java component over any {@link Reader}, numbering lines from a given start, so a caller can hand it a part of
 * a file. The independent check ({@code count.CsvRecordCount}) implements the same rule separately.
 */
public final class CsvRecordReader {

    /** The most physical lines one record may span (a quoted value with up to 999 line breaks). */
    public static final int MAX_LINES_PER_RECORD = 1000;

    private final PhysicalLines lines;
    private final char delimiter;
    /** Fields a record must reach for a multi-line quoted value to be accepted; 0 while the header is not known. */
    private int width;

    public CsvRecordReader(Reader in, char delimiter, long firstLineNumber) {
        this.lines = new PhysicalLines(in, firstLineNumber);
        this.delimiter = delimiter;
    }

    /** Data records have this many fields (the header's); until set, a multi-line value only has to close cleanly. */
    public void expectWidth(int fields) {
        this.width = fields;
    }

    /** The next record, or null at the end of the input. */
    public RawRecord next() {
        PhysicalLines.Line first = lines.take();
        while (first != null && first.text().isEmpty()) {
            first = lines.take();
        }
        if (first == null) {
            return null;
        }
        FieldScan scan = new FieldScan(delimiter);
        scan.line(first.text());
        if (scan.problem != null) {
            return RawRecord.malformed(first.number(), first.text(), scan.problemColumn, scan.problem);
        }
        if (!scan.inQuotes) {
            return new RawRecord(first.number(), scan.fields(), first.text());
        }
        int openColumn = scan.quotedColumn;
        StringBuilder raw = new StringBuilder(first.text());
        String eol = first.eol();
        for (int i = 0; i < MAX_LINES_PER_RECORD - 1; i++) {
            PhysicalLines.Line more = lines.peek(i);
            if (more == null) {
                break;
            }
            scan.lineBreak(eol);
            scan.line(more.text());
            raw.append(eol).append(more.text());
            if (scan.problem != null) {
                break;
            }
            if (!scan.inQuotes) {
                if (whole(scan.fields, width)) {
                    lines.drop(i + 1);
                    return new RawRecord(first.number(), scan.fields(), raw.toString());
                }
                break;
            }
            eol = more.eol();
        }
        return RawRecord.malformed(first.number(), first.text(), openColumn, "column " + (openColumn + 1)
                + ": a quoted value is not closed on its line, and the lines after it do not complete the record");
    }

    /**
     * A record whose open quoted value closed on a later line is one record only if it then has exactly the header's
     * fields (more only if the extra ones are empty): a quote that happens to close it on another record's line
     * would leave it with the wrong number of fields.
     */
    private static boolean whole(List<String> fields, int width) {
        if (width == 0) {
            return true;
        }
        if (fields.size() < width) {
            return false;
        }
        for (int i = width; i < fields.size(); i++) {
            if (!fields.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Splits one record into fields, a physical line at a time. */
    private static final class FieldScan {

        private final char delimiter;
        private final List<String> fields = new ArrayList<>();
        private StringBuilder quoted;
        private boolean inQuotes;
        private int quotedColumn;
        private String problem;
        private int problemColumn = -1;

        FieldScan(char delimiter) {
            this.delimiter = delimiter;
        }

        String[] fields() {
            return fields.toArray(new String[0]);
        }

        /** The line break between two physical lines of an open quoted value belongs to the value, as written. */
        void lineBreak(String eol) {
            quoted.append(eol);
        }

        void line(String s) {
            int pos = 0;
            if (inQuotes) {
                pos = quotedRest(s, 0);
                if (pos < 0 || pos == s.length()) {
                    return;
                }
                pos++; // the delimiter after the closing quote
            }
            while (true) {
                if (pos == s.length()) {
                    fields.add("");
                    return;
                }
                char c = s.charAt(pos);
                if (c == '"') {
                    inQuotes = true;
                    quoted = new StringBuilder();
                    quotedColumn = fields.size();
                    pos = quotedRest(s, pos + 1);
                    if (pos < 0 || pos == s.length()) {
                        return;
                    }
                    pos++;
                    continue;
                }
                if (c == ' ') {
                    int q = pos;
                    while (q < s.length() && s.charAt(q) == ' ') {
                        q++;
                    }
                    if (q < s.length() && s.charAt(q) == '"') {
                        fail(fields.size(), "a space before the opening quote");
                        return;
                    }
                }
                int d = s.indexOf(delimiter, pos);
                if (d < 0) {
                    fields.add(s.substring(pos));
                    return;
                }
                fields.add(s.substring(pos, d));
                pos = d + 1;
            }
        }

        /**
         * Reads an open quoted value from {@code from}: the index of the delimiter after its closing quote, the line's
         * length when it closes at the end of the line, or -1 when it is still open (or the quoting is broken).
         */
        private int quotedRest(String s, int from) {
            int pos = from;
            while (true) {
                int q = s.indexOf('"', pos);
                if (q < 0) {
                    quoted.append(s, pos, s.length());
                    return -1;
                }
                quoted.append(s, pos, q);
                if (q + 1 == s.length()) {
                    close();
                    return s.length();
                }
                char next = s.charAt(q + 1);
                if (next == '"') {
                    quoted.append('"');
                    pos = q + 2;
                } else if (next == delimiter) {
                    close();
                    return q + 1;
                } else {
                    fail(quotedColumn, "a quote inside a quoted value is followed by '" + next
                            + "' (quotes inside quotes must be doubled)");
                    return -1;
                }
            }
        }

        private void close() {
            fields.add(quoted.toString());
            quoted = null;
            inQuotes = false;
        }

        private void fail(int column, String what) {
            problem = "column " + (column + 1) + ": " + what;
            problemColumn = column;
        }
    }

    /** Physical lines with their line breaks, and a look-ahead of any depth. */
    private static final class PhysicalLines {

        record Line(long number, String text, String eol) {
        }

        private final Reader in;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int len;
        private long nextNumber;
        private final List<Line> ahead = new ArrayList<>();

        PhysicalLines(Reader in, long firstLineNumber) {
            this.in = in;
            this.nextNumber = firstLineNumber;
        }

        Line take() {
            return ahead.isEmpty() ? read() : ahead.remove(0);
        }

        /** The line {@code i} places after the last one taken (0 = the next), or null past the end. */
        Line peek(int i) {
            while (ahead.size() <= i) {
                Line l = read();
                if (l == null) {
                    return null;
                }
                ahead.add(l);
            }
            return ahead.get(i);
        }

        void drop(int n) {
            ahead.subList(0, n).clear();
        }

        private Line read() {
            StringBuilder sb = new StringBuilder(128);
            while (true) {
                if (pos >= len && !fill()) {
                    return sb.length() == 0 ? null : line(sb, "");
                }
                int i = pos;
                while (i < len && buf[i] != '\n' && buf[i] != '\r') {
                    i++;
                }
                sb.append(buf, pos, i - pos);
                pos = i;
                if (i == len) {
                    continue;
                }
                char c = buf[pos++];
                if (c == '\r') {
                    if (pos >= len && !fill()) {
                        return line(sb, "\r");
                    }
                    if (buf[pos] == '\n') {
                        pos++;
                        return line(sb, "\r\n");
                    }
                    return line(sb, "\r");
                }
                return line(sb, "\n");
            }
        }

        private Line line(StringBuilder sb, String eol) {
            return new Line(nextNumber++, sb.toString(), eol);
        }

        private boolean fill() {
            try {
                len = in.read(buf, 0, buf.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pos = 0;
            if (len <= 0) {
                len = 0;
                return false;
            }
            return true;
        }
    }
}
