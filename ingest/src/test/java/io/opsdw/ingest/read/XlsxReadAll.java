package io.opsdw.ingest.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Reads a workbook through {@link XlsxTableReader} and prints what a test can check: the header, the record count,
 * the first and last row numbers, the sum of row numbers, a CRC-32 of every raw text and the records at the given
 * positions. Run in a child JVM with a small heap by {@link XlsxTableReaderLargeSheetTest}.
 */
public final class XlsxReadAll {

    private XlsxReadAll() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        java.util.Set<Long> sample = new java.util.HashSet<>();
        for (int i = 1; i < args.length; i++) {
            sample.add(Long.parseLong(args[i]));
        }
        CRC32 crc = new CRC32();
        long count = 0;
        long first = -1;
        long last = -1;
        long lineSum = 0;
        try (XlsxTableReader r = new XlsxTableReader(file, 0)) {
            System.out.println("header=" + String.join("|", r.header()));
            for (RawRecord rec = r.next(); rec != null; rec = r.next()) {
                count++;
                first = first < 0 ? rec.line() : first;
                last = rec.line();
                lineSum += rec.line();
                crc.update(rec.rawText().getBytes(StandardCharsets.UTF_8));
                crc.update('\n');
                if (sample.contains(count)) {
                    System.out.println("record " + count + " line=" + rec.line() + " cells=" + java.util.Arrays.toString(rec.cells()));
                }
            }
        }
        System.out.println("count=" + count + " first=" + first + " last=" + last + " lineSum=" + lineSum
                + " crc=" + Long.toHexString(crc.getValue()));
    }
}
