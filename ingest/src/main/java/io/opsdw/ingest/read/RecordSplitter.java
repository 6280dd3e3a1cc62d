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
    /** Text handed back after a quote that never closed; read before the rest of the input. */
    private String pushback = "";
    private int pushbackPos;

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
                advance();
                sb.append((char) c);
                if (c == '"') {
                    int next = peek();
                    if (next == '"') {
                        advance();
                        sb.append('"');
                    } else if (next < 0 || next == delimiter || next == '\n' || next == '\r') {
                        inQuotes = false;
                    }
                    // any other character after a quote: a stray quote inside the field, kept as text
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                consumeLineBreak();
                break;
            }
            advance();
            sb.append((char) c);
            if (c == '"' && fieldStart) {
                inQuotes = true;
            }
            fieldStart = c == delimiter;
        }
        if (inQuotes) {
            return unclosedQuote(start, sb.toString());
        }
        return new Chunk(start, sb.toString());
    }

    /**
     * A quote opened and never closed would swallow the rest of the file into one record. Instead the record ends
     * at its first line break (it will fail as malformed) and everything after it is read again normally.
     */
    private Chunk unclosedQuote(long start, String text) {
        int cut = 0;
        while (cut < text.length() && text.charAt(cut) != '\n' && text.charAt(cut) != '\r') {
            cut++;
        }
        int rest = cut;
        if (rest < text.length()) {
            rest += text.startsWith("\r\n", rest) ? 2 : 1;
        }
        pushback = text.substring(rest) + pushback.substring(pushbackPos);
        pushbackPos = 0;
        line = start + 1;
        return new Chunk(start, text.substring(0, cut));
    }

    /** Consumes CR, LF or CRLF, counts one physical line and returns the break as written. */
    private String consumeLineBreak() {
        int c = peek();
        advance();
        line++;
        if (c == '\r' && peek() == '\n') {
            advance();
            return "\r\n";
        }
        return String.valueOf((char) c);
    }

    private void advance() {
        if (pushbackPos < pushback.length()) {
            pushbackPos++;
        } else {
            pos++;
        }
    }

    private int peek() {
        if (pushbackPos < pushback.length()) {
            return pushback.charAt(pushbackPos);
        }
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
