package io.opsdw.ingest.properties;

import io.opsdw.ingest.properties.GeneratedExport.Fault;
import io.opsdw.ingest.properties.GeneratedExport.Format;
import io.opsdw.ingest.properties.GeneratedExport.GeneratedRow;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random complaint exports: CSV in five encodings, four delimiters and three line endings, or a workbook split over
 * up to three sheets (plus a notes sheet); columns in any order, optional ones present or not; values with embedded
 * delimiters, quotes, line breaks and CJK text; and faults, most rows clean. Shrinks towards fewer, simpler rows.
 */
final class ExportArbitraries {

    /** Text a value may hold, by what the encoding can write (Big5 has no simplified characters). */
    private static final String COMMON = "abcXYZ 019,;|\t\"'\n\r。，";
    private static final String SIMPLIFIED = "客户投诉化妆师迟到服务态度很差退款满意";
    private static final String TRADITIONAL = "客戶投訴化妝師遲到服務態度很差退款滿意";

    private ExportArbitraries() {
    }

    static Arbitrary<GeneratedExport> exports() {
        Arbitrary<Format> format = Arbitraries.of(Format.values());
        Arbitrary<String> encoding = Arbitraries.of("UTF-8", "UTF-8-BOM", "UTF-16LE-BOM", "GB18030", "Big5-HKSCS");
        Arbitrary<Character> delimiter = Arbitraries.of(',', ';', '\t', '|');
        Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\r");
        Arbitrary<List<Integer>> order = columnOrders();
        Arbitrary<Integer> sheets = Arbitraries.integers().between(1, 3);
        return Combinators.combine(format, encoding, delimiter, eol, order, sheets)
                .flatAs((f, e, d, l, o, s) -> rows(f == Format.CSV && e.startsWith("Big5") ? TRADITIONAL : SIMPLIFIED)
                        .map(rows -> new GeneratedExport(f, e, d, l, o, s, numbered(rows))));
    }

    /** The required columns always, each optional one or not, all in a random order. */
    private static Arbitrary<List<Integer>> columnOrders() {
        Arbitrary<List<Boolean>> optional = Arbitraries.of(true, false).list().ofSize(3);
        return optional.flatMap(keep -> {
            List<Integer> cols = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
            for (int i = 0; i < 3; i++) {
                if (keep.get(i)) {
                    cols.add(8 + i);
                }
            }
            return Arbitraries.shuffle(cols);
        });
    }

    private static Arbitrary<List<GeneratedRow>> rows(String han) {
        return row(han).list().ofMaxSize(20);
    }

    /** Ids are given by position afterwards, so rows shrink freely. */
    private static List<GeneratedRow> numbered(List<GeneratedRow> rows) {
        List<GeneratedRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            GeneratedRow r = rows.get(i);
            out.add(new GeneratedRow(i + 1, r.site(), r.receivedAt(), r.timeFormat(), r.codes(), r.content(), r.phone(), r.amount(),
                    r.resolvedHours(), r.fault(), r.seed()));
        }
        return out;
    }

    private static Arbitrary<GeneratedRow> row(String han) {
        Arbitrary<Fault> fault = Arbitraries.frequency(
                Tuple.of(60, Fault.NONE),
                Tuple.of(2, Fault.UNESCAPED_QUOTE), Tuple.of(2, Fault.BACKSLASH_QUOTE), Tuple.of(2, Fault.SPACE_AFTER_QUOTE),
                Tuple.of(2, Fault.SPACE_BEFORE_QUOTE), Tuple.of(2, Fault.UNCLOSED_QUOTE), Tuple.of(2, Fault.QUOTE_AT_START),
                Tuple.of(2, Fault.FEWER_FIELDS), Tuple.of(2, Fault.MORE_FIELDS), Tuple.of(2, Fault.BAD_DATE),
                Tuple.of(2, Fault.UNKNOWN_CODE), Tuple.of(2, Fault.ID_WITH_NBSP), Tuple.of(2, Fault.ID_WITH_ZERO_WIDTH),
                Tuple.of(2, Fault.ID_FULL_WIDTH), Tuple.of(2, Fault.ID_AS_EXCEL_TEXT), Tuple.of(2, Fault.BLANK_LINE_BEFORE),
                Tuple.of(2, Fault.REPEATED_HEADER_BEFORE));
        Arbitrary<String> text = Arbitraries.strings().withChars((COMMON + han).toCharArray()).ofMaxLength(30);
        Arbitrary<LocalDateTime> received = Combinators.combine(Arbitraries.integers().between(1, 30),
                Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 59))
                .as((d, h, m, s) -> LocalDateTime.of(2026, 10, d, h, m, s));
        Arbitrary<int[]> codes = Arbitraries.integers().between(0, 11).array(int[].class).ofSize(4);
        Arbitrary<String> phone = Arbitraries.strings().numeric().ofLength(8).map(d -> "138" + d).injectNull(0.3);
        Arbitrary<BigDecimal> amount = Arbitraries.longs().between(0, 9_999_999).map(c -> BigDecimal.valueOf(c, 2)).injectNull(0.3);
        Arbitrary<Integer> resolved = Arbitraries.integers().between(0, 30).injectNull(0.5);
        return Combinators.combine(Arbitraries.integers().between(0, 1), received, Arbitraries.integers().between(0, 3), codes,
                        text, phone, amount, resolved)
                .flatAs((site, at, timeFormat, c, t, p, a, r) -> Combinators.combine(fault, Arbitraries.integers().between(0, 1000))
                        .as((f, seed) -> {
                            // a value must hold something, and keeps its line breaks off rows whose field count is wrong
                            // (such a record ends with its first line, and the rest would be records of their own)
                            String content = han.charAt(0) + (f == Fault.FEWER_FIELDS || f == Fault.MORE_FIELDS
                                    ? t.replace('\n', ' ').replace('\r', ' ') : t) + han.charAt(han.length() - 1);
                            return new GeneratedRow(0, site, at, timeFormat, c, content, p, a, r, f, seed);
                        }));
    }

    /** Every generated text must be writable in the export's charset (a '?' would be a wrong value written by the test). */
    static boolean writable(GeneratedExport e) {
        if (e.format() == Format.XLSX) {
            return true;
        }
        Charset cs = e.charset();
        return e.rows().stream().allMatch(r -> GeneratedExport.FIELDS.stream()
                .allMatch(f -> cs.newEncoder().canEncode(r.text(f, e.english()))));
    }
}
