package io.opsdw.warehouse.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples memory while a stage runs: the JVM heap in use (MemoryMXBean, every 25 ms, plus the heap pools' own peak
 * counters, which see spikes between samples), the process's resident set (VmHWM from /proc/self/status, reset at
 * the start of the stage through /proc/self/clear_refs where the kernel allows it, else the largest VmRSS sampled)
 * and, if a DuckDB connection is given, the DuckDB buffer manager's memory ({@code duckdb_memory()}).
 */
public final class ResourceSampler implements AutoCloseable {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
    private final AtomicLong heapPeak = new AtomicLong();
    private final AtomicLong rssPeak = new AtomicLong(-1);
    private final AtomicLong duckPeak = new AtomicLong(-1);
    private final boolean hwmReset;
    private final Connection duckdb;
    private final Thread thread;
    private volatile boolean running = true;

    private ResourceSampler(Connection duckdb) {
        this.duckdb = duckdb;
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        this.hwmReset = resetHighWaterMark();
        sample();
        this.thread = new Thread(this::loop, "bench-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts sampling the JVM and the process. */
    public static ResourceSampler start() {
        return new ResourceSampler(null);
    }

    /** Starts sampling the JVM, the process and the DuckDB database behind {@code duckdb} (a spare connection). */
    public static ResourceSampler start(Connection duckdb) {
        return new ResourceSampler(duckdb);
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        long rss = statusKb("VmRSS:");
        if (rss >= 0) {
            rssPeak.accumulateAndGet(rss * 1024, Math::max);
        }
        if (duckdb != null) {
            try (Statement st = duckdb.createStatement();
                 ResultSet rs = st.executeQuery("SELECT sum(memory_usage_bytes) FROM duckdb_memory()")) {
                if (rs.next()) {
                    duckPeak.accumulateAndGet(rs.getLong(1), Math::max);
                }
            } catch (Exception ignored) {
                // a busy or closed database is not a benchmark failure
            }
        }
    }

    /** Stops sampling and returns the peaks. */
    public Peak stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
        long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long heap = Math.max(heapPeak.get(), Math.min(poolPeaks, memory.getHeapMemoryUsage().getMax() > 0
                ? memory.getHeapMemoryUsage().getMax() : Long.MAX_VALUE));
        long rss = rssPeak.get();
        if (hwmReset) {
            long hwm = statusKb("VmHWM:");
            if (hwm >= 0) {
                rss = Math.max(rss, hwm * 1024);
            }
        }
        return new Peak(heap, rss, duckPeak.get());
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }

    /** Writing 5 to clear_refs resets the peak RSS (Linux 4.0+). */
    private static boolean resetHighWaterMark() {
        try {
            Files.writeString(CLEAR_REFS, "5");
            return true;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return false;
        }
    }

    static long statusKb(String key) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
