package io.opsdw.reports;

/** A user-facing failure (unknown report or site, missing warehouse, ...); the message is one line. */
public class ReportException extends RuntimeException {
    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
