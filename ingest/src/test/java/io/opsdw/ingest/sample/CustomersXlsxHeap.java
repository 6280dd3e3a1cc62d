package io.opsdw.ingest.sample;
import io.opsdw.generator.XlsxExportWriter;
import io.opsdw.generator.SourceOutput;
import io.opsdw.generator.ExportColumns;
import io.opsdw.generator.MasterExports;
import io.opsdw.generator.MasterData;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.opsdw.ingest.read.RawRecord;
import io.opsdw.ingest.read.XlsxTableReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Peak heap of reading the customers XLSX export through {@link XlsxTableReader}; a one-off measurement for
 * docs/benchmarks.md, not a test (not run by surefire). From {@code ingest/}, after
 * {@code mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt}:
 * <pre>
 * CP=target/test-classes:target/classes:$(cat target/cp.txt)
 * java -cp $CP io.opsdw.ingest.sample.CustomersXlsxHeap write target/customers_L.xlsx 1111.1   # dw bench scale L
 * java -Xmx4g -cp $CP io.opsdw.ingest.sample.CustomersXlsxHeap read target/customers_L.xlsx
 * java -Xmx3g -cp $CP io.opsdw.ingest.sample.CustomersXlsxHeap shared target/customers_L.xlsx target/customers_L_sst.xlsx
 * </pre>
 * {@code write} uses the sample generator's own master data and XLSX writer (as {@code dw generate} does for the
 * first month) with inline strings; {@code shared} rewrites it with a shared-strings table, as Excel saves;
 * {@code read} prints rows, seconds, the live heap before the read (after a full GC), the peak heap
 * in use (garbage included: sum of the heap pools' peaks) and the peak live heap (the most in use right after any
 * garbage collection). To measure another reader, put its classes first on the class path.
 */
public final class CustomersXlsxHeap {

    private CustomersXlsxHeap() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if (args[0].equals("write")) {
            double scale = Double.parseDouble(args[2]);
            YearMonth period = YearMonth.of(2026, 10);
            MasterData master = MasterData.initial(42L, scale, period);
            var writer = new XlsxExportWriter(file, "客户", ExportColumns.load("customers").headers(), period.atDay(1).atStartOfDay());
            SourceOutput out = new SourceOutput(ExportColumns.load("customers"), writer, null, null);
            MasterExports.customers(master, out);
            out.finish();
            System.out.printf(Locale.ROOT, "wrote %s: %d rows, %.1f MB%n", file, out.rows(), Files.size(file) / 1e6);
            return;
        }
        if (args[0].equals("shared")) {
            // The same rows with a shared-strings table, as Excel saves a workbook (the generator writes inline strings).
            Path target = Path.of(args[2]);
            try (XlsxTableReader r = new XlsxTableReader(file, 0);
                 SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 500, false, true);
                 OutputStream os = Files.newOutputStream(target)) {
                var sheet = wb.createSheet("客户");
                var h = sheet.createRow(0);
                for (int c = 0; c < r.header().size(); c++) {
                    h.createCell(c).setCellValue(r.header().get(c));
                }
                for (RawRecord rec = r.next(); rec != null; rec = r.next()) {
                    var row = sheet.createRow((int) rec.line() - 1);
                    for (int c = 0; c < rec.cells().length; c++) {
                        if (rec.cells()[c] != null) {
                            row.createCell(c).setCellValue(rec.cells()[c]);
                        }
                    }
                }
                wb.write(os);
                wb.dispose();
            }
            System.out.printf(Locale.ROOT, "wrote %s: %.1f MB%n", target, Files.size(target) / 1e6);
            return;
        }
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        AtomicLong peakLive = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    long live = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                    peakLive.accumulateAndGet(live, Math::max);
                }
            }, null, null);
        }
        System.gc();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        peakLive.set(0);
        long start = System.nanoTime();
        long rows = 0;
        try (XlsxTableReader r = new XlsxTableReader(file, 0)) {
            for (RawRecord rec = r.next(); rec != null; rec = r.next()) {
                rows++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakUsed = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Thread.sleep(200); // let the last GC notification arrive
        System.out.printf(Locale.ROOT, "read %s: %d rows in %.1f s; max heap %d MB; live heap before the read %d MB; "
                        + "peak heap in use %d MB; peak live heap (after GC) %d MB%n", file.getFileName(), rows, seconds,
                Runtime.getRuntime().maxMemory() >> 20, baseline >> 20, peakUsed >> 20, peakLive.get() >> 20);
    }
}
