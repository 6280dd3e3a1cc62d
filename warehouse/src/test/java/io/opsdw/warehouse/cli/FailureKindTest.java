package io.opsdw.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.warehouse.completeness.IncompleteMonthException;
import io.opsdw.warehouse.lock.LockHeldException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which failures a scheduler may retry (exit 74/75) and which need someone to act first (1, 65). */
class FailureKindTest {

    @Test
    void aHeldLockAndAnIoFailureAreRetryableWhereverTheyAreWrapped() {
        assertThat(FailureKind.of(new LockHeldException(Path.of("dw.lock"), "pid=1"))).isEqualTo(FailureKind.LOCKED);
        assertThat(FailureKind.of(new IllegalStateException("landing failed",
                new UncheckedIOException(new IOException("Connection refused: namenode:8020"))))).isEqualTo(FailureKind.IO_ERROR);
        assertThat(FailureKind.of(new java.sql.SQLException("IO Error: No space left on device"))).isEqualTo(FailureKind.IO_ERROR);
        assertThat(FailureKind.of(new org.springframework.mail.MailSendException("Mail server connection failed"))).isEqualTo(FailureKind.IO_ERROR);
        assertThat(FailureKind.IO_ERROR.retryable).isTrue();
        assertThat(FailureKind.IO_ERROR.exitCode).isEqualTo(ExitCodes.IO_ERROR);
    }

    @Test
    void missingFilesBadDataAndIncompleteMonthsAreNotRetried() {
        assertThat(FailureKind.of(new UncheckedIOException(new NoSuchFileException("/srv/inbox/2026-10")))).isEqualTo(FailureKind.FAILED);
        assertThat(FailureKind.of(new UncheckedIOException(new com.fasterxml.jackson.core.JsonParseException(null, "bad manifest"))))
                .isEqualTo(FailureKind.FAILED);
        assertThat(FailureKind.of(new IllegalArgumentException("dw.lake must be an absolute URI"))).isEqualTo(FailureKind.FAILED);
        assertThat(FailureKind.of(new IncompleteMonthException("2026-10 is incomplete"))).isEqualTo(FailureKind.INCOMPLETE);
        assertThat(FailureKind.INCOMPLETE.retryable).isFalse();
        assertThat(FailureKind.FAILED.retryable).isFalse();
    }
}
