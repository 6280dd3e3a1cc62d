package io.opsdw.ingest;

/**
 * A file-level problem that stops a source: the message is one line naming the file, the problem and the fix.
 * Nothing is written for the source when it is thrown.
 */
public class IngestException extends RuntimeException {

    public IngestException(String message) {
        super(oneLine(message));
    }

    public IngestException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    private static String oneLine(String message) {
        return message == null ? "ingest failed" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
