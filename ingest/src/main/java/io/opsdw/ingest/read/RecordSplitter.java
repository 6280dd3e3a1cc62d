package io.opsdw.ingest.read;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Cuts delimited text into records at unquoted line breaks (CR, LF or CRLF, mixed freely) and remembers the
 * physical line each record starts on plus its exact text. Field splitting is left to univocity; this exists because
 * univocity's line counter and bare-CR handling after quoted fields are not reliable enough for lineage.
 */
final class RecordSplitter {

    record Chunk(long line, String text) {
    }

    private final Reader in;
    private final char delimiter;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long line = 1;

    RecordSplitter(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** The next non-blank record, or null at the end of input. */
    Chunk next() {
        while (true) {
            int c = peek();
            if (c < 0) {
                return null;
            }
            if (c == '\n' || c == '\r') {
                consumeLineBreak();
                continue;
            }
            return readRecord();
        }
    }

    private Chunk readRecord() {
        long start = line;
        StringBuilder sb = new StringBuilder(128);
        boolean inQuotes = false;
        boolean fieldStart = true;
        while (true) {
            int c = peek();
            if (c < 0) {
                break;
            }
            if (inQuotes) {
                if (c == '\n' || c == '\r') {
                    sb.append(consumeLineBreak());
                    continue;
                }
                pos++;
                sb.append((char) c);
                if (c == '"') {
                    if (peek() == '"') {
                        pos++;
                        sb.append('"');
                    } else {
                        inQuotes = false;
                    }
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                consumeLineBreak();
                break;
            }
            pos++;
            sb.append((char) c);
            if (c == '"' && fieldStart) {
                inQuotes = true;
            }
            fieldStart = c == delimiter;
        }
        return new Chunk(start, sb.toString());
    }

    /** Consumes CR, LF or CRLF, counts one physical line and returns the break as written. */
    private String consumeLineBreak() {
        int c = peek();
        pos++;
        line++;
        if (c == '\r' && peek() == '\n') {
            pos++;
            return "\r\n";
        }
        return String.valueOf((char) c);
    }

    private int peek() {
        if (pos >= len) {
            try {
                len = in.read(buf, 0, buf.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos];
    }
}
