package io.opsdw.warehouse.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeLockTest {

    @TempDir
    Path home;

    @Test
    void secondWriterIsRefusedAtOnceNamingTheHolder() {
        Path file = home.resolve("dw.lock");
        try (HomeLock first = HomeLock.acquire(file, "run 2026-10")) {
            assertThat(first.clearedStaleHolder()).isEmpty();
            assertThatThrownBy(() -> HomeLock.acquire(file, "publish 2026-10"))
                    .isInstanceOf(LockHeldException.class)
                    .hasMessageContaining("pid=" + ProcessHandle.current().pid())
                    .hasMessageContaining("task=run 2026-10");
        }
        try (HomeLock again = HomeLock.acquire(file, "publish 2026-10")) {
            assertThat(again.clearedStaleHolder()).isEmpty();
        }
    }

    @Test
    void aLockLeftByADeadProcessIsDetectedAndCleared() throws Exception {
        Path file = home.resolve("dw.lock");
        Files.writeString(file, "pid=999999 host=gone task=run 2026-09 started=2026-10-01T06:00:00Z");
        try (HomeLock lock = HomeLock.acquire(file, "run 2026-10")) {
            assertThat(lock.clearedStaleHolder()).contains("pid=999999 host=gone task=run 2026-09 started=2026-10-01T06:00:00Z");
            assertThat(Files.readString(file)).contains("pid=" + ProcessHandle.current().pid());
        }
        assertThat(Files.readString(file)).isEmpty();
    }

    @Test
    void aWriterAskedToWaitQueuesUntilTheHolderFinishesAndGivesUpWhenTheWaitRunsOut() throws Exception {
        Path file = home.resolve("dw.lock");
        java.util.List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        HomeLock first = HomeLock.acquire(file, "run 2026-10");
        assertThatThrownBy(() -> HomeLock.acquire(file, "publish 2026-10", java.time.Duration.ofMillis(300), heard::add))
                .isInstanceOf(LockHeldException.class);
        assertThat(heard).singleElement().asString().contains("task=run 2026-10");
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            first.close();
        });
        long start = System.nanoTime();
        release.start();
        try (HomeLock second = HomeLock.acquire(file, "publish 2026-10", java.time.Duration.ofSeconds(30), heard::add)) {
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(java.time.Duration.ofMillis(1_400));
            assertThat(Files.readString(file)).contains("task=publish 2026-10");
        }
        release.join();
    }
}
