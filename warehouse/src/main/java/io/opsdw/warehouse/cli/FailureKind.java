package io.opsdw.warehouse.cli;

import io.opsdw.warehouse.completeness.IncompleteMonthException;
import io.opsdw.warehouse.lock.LockHeldException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;

/**
 * What a task's failure means to whoever would run it again, and so its exit status. Schedulers retry only what a
 * later attempt can fix by itself: a lock another run holds, an I/O failure (a file system, HDFS, the mail server).
 * A missing file, bad data or an incomplete month stay wrong until someone changes them.
 */
enum FailureKind {
    LOCKED(ExitCodes.LOCKED, "locked", true),
    IO_ERROR(ExitCodes.IO_ERROR, "io_error", true),
    INCOMPLETE(ExitCodes.INCOMPLETE, "incomplete", false),
    FAILED(ExitCodes.FAILED, "failed", false);

    final int exitCode;
    final String status;
    final boolean retryable;

    FailureKind(int exitCode, String status, boolean retryable) {
        this.exitCode = exitCode;
        this.status = status;
        this.retryable = retryable;
    }

    static FailureKind of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LockHeldException) {
                return LOCKED;
            }
            if (t instanceof IncompleteMonthException) {
                return INCOMPLETE;
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isTransientIo(t)) {
                return IO_ERROR;
            }
        }
        return FAILED;
    }

    /** Failures of the medium, not of what is on it: a file that is absent or unreadable as text stays so on retry. */
    private static boolean isTransientIo(Throwable t) {
        if (t instanceof FileNotFoundException || t instanceof NoSuchFileException || t instanceof AccessDeniedException
                || t instanceof CharacterCodingException || t.getClass().getName().startsWith("com.fasterxml.jackson")) {
            return false;
        }
        if (t instanceof IOException) {
            return true;
        }
        // DuckDB reports disk trouble as SQLExceptions "IO Error: ..."; Spring Mail a server it cannot reach as MailSendException
        return t instanceof SQLException && String.valueOf(t.getMessage()).startsWith("IO Error")
                || t.getClass().getName().equals("org.springframework.mail.MailSendException");
    }
}
