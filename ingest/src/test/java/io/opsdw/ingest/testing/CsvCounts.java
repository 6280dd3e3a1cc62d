package io.opsdw.ingest.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A second count of a CSV export, by Apache Commons CSV: shares no code with ingest's reader, so a record the reader
 * misses, splits or puts in the wrong period shows as a difference. Counts records (or the keys a record yields, for
 * a wide layout) by whatever key the caller derives from the record.
 */
public final class CsvCounts {

    private CsvCounts() {
    }

    /** Per key, the records of a UTF-8 CSV with a header (a BOM is skipped) (each record adds one for every key {@code keys} gives it). */
    public static Map<String, Long> count(Path csv, Function<CSVRecord, List<String>> keys) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        try (Reader in = withoutBom(Files.newBufferedReader(csv, StandardCharsets.UTF_8));
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord r : parser) {
                for (String k : keys.apply(r)) {
                    out.merge(k, 1L, Long::sum);
                }
            }
        }
        return out;
    }

    private static Reader withoutBom(java.io.BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    /** The fields of one line of raw text (a quarantined row's record), by the same independent parser. */
    public static List<String> fields(String rawText) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new java.io.StringReader(rawText))) {
            return parser.getRecords().get(0).toList();
        }
    }
}
