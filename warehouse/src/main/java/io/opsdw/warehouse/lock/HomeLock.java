package io.opsdw.warehouse.lock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One writer per warehouse home. The operating system's file lock is the truth (it dies with the process, even on
 * SIGKILL, so a crashed run can never block the next one); the file's text only says who holds it, for the message
 * a second run prints.
 */
public final class HomeLock implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);

    private final FileChannel channel;
    private final FileLock lock;
    private final Optional<String> clearedStaleHolder;

    private HomeLock(FileChannel channel, FileLock lock, Optional<String> clearedStaleHolder) {
        this.channel = channel;
        this.lock = lock;
        this.clearedStaleHolder = clearedStaleHolder;
    }

    /** Takes the lock or throws {@link LockHeldException} at once, naming the holder. */
    public static HomeLock acquire(Path lockFile, String task) {
        return acquire(lockFile, task, Duration.ZERO, holder -> { });
    }

    /**
     * Takes the lock, waiting up to {@code wait} for a holder to finish (an operator's run while a scheduled one
     * starts): the second writer queues instead of failing. {@code waiting} hears the holder once, when the wait begins.
     * Throws {@link LockHeldException} naming the holder when the wait runs out.
     */
    public static HomeLock acquire(Path lockFile, String task, Duration wait, Consumer<String> waiting) {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        while (true) {
            try {
                return tryAcquire(lockFile, task);
            } catch (LockHeldException held) {
                if (System.nanoTime() - deadline >= 0) {
                    throw held;
                }
                if (!told) {
                    waiting.accept(held.holder());
                    told = true;
                }
                try {
                    Thread.sleep(Math.min(POLL.toMillis(), Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw held;
                }
            }
        }
    }

    private static HomeLock tryAcquire(Path lockFile, String task) {
        try {
            Files.createDirectories(lockFile.getParent());
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                throw new LockHeldException(lockFile, holder);
            }
            // We hold the OS lock, so any text left in the file is from a process that died without cleaning up.
            String previous = readHolder(channel);
            Optional<String> stale = previous.isBlank() ? Optional.empty() : Optional.of(previous);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(describeSelf(task).getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new HomeLock(channel, lock, stale);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open lock file " + lockFile + ": " + e.getMessage(), e);
        }
    }

    /** The holder text of a lock left behind by a dead process, if there was one (it has been cleared). */
    public Optional<String> clearedStaleHolder() {
        return clearedStaleHolder;
    }

    private static String describeSelf(String task) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown-host";
        }
        return "pid=" + ProcessHandle.current().pid() + " host=" + host + " task=" + task + " started=" + Instant.now()
                + " jvm=" + ManagementFactory.getRuntimeMXBean().getName();
    }

    private static String readHolder(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return "";
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size, 4096));
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
