package io.opsdw.ingest.validate;

import io.opsdw.lakecontract.quarantine.ReasonCode;

import io.opsdw.ingest.IngestException;
import io.opsdw.lakecontract.contract.FieldSpec;
import io.opsdw.lakecontract.contract.FieldType;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.ingest.mapping.SourceMapping;
import io.opsdw.ingest.read.RawRecord;
import io.opsdw.ingest.read.TextKeys;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one record into typed rows and runs every single-row check (everything but references and duplicate
 * keys). Lives inside Spark tasks: built from serializable parts, holds no Spark state. Reads a table from top to
 * bottom: a header row repeated inside the data re-binds the rows below it to its own columns.
 */
public final class RowParser {

    /** An identifier a spreadsheet has turned into a number in scientific notation (13800135678 -> 1.38001E+10). */
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+(\\.\\d+)?[eE][+-]?\\d+");
    /** Longest cell looked at when spotting a repeated header row. */
    private static final int HEADER_CELL_MAX = 40;

    /**
     * The wall clock rows are written in: each site's time zone (from the sites master of the period), the default
     * ({@code dw.time-zone}) for the rest. An instant in the export ({@code Z}, {@code +08:00}) lands as this wall clock.
     *
     * @param siteField the contract field naming the row's site, or null when rows name none
     */
    public record Zones(ZoneId defaultZone, String siteField, Map<String, ZoneId> bySite) implements Serializable {

        public Zones {
            bySite = bySite == null ? Map.of() : Map.copyOf(bySite);
        }

        public static Zones of(ZoneId defaultZone) {
            return new Zones(defaultZone, null, Map.of());
        }
    }

    private final SourceContract contract;
    private final SourceMapping mapping;
    private final YearMonth period;
    private final String fileName;
    private final Zones zones;
    private final ValueParser values;
    private final List<Set<String>> nullTokens = new ArrayList<>();
    private final List<Map<String, String>> codeByKey = new ArrayList<>();
    private final boolean[] identifier;
    /** Per field, the mapping's fallback code for a value that is none of the codes (null: quarantine it). */
    private final String[] fallbackCode;
    /** Fields of the row being parsed that fell back to their fallback code. */
    private final List<String> rowFallbacks = new ArrayList<>();
    private final int periodIndex;
    private final int siteIndex;
    /** Header texts (contract names and aliases, mapping renames, the file's own header) for spotting a repeated header. */
    private final Set<String> headerTexts = new HashSet<>();
    private FileBinding binding;
    /** Set when a repeated header lacks required columns: the rows below it cannot be read. */
    private Failure unreadableBelow;

    public RowParser(SourceContract contract, SourceMapping mapping, FileBinding binding, YearMonth period, String fileName) {
        this(contract, mapping, binding, period, fileName, Zones.of(io.opsdw.ingest.IngestOptions.DEFAULT_ZONE));
    }

    public RowParser(SourceContract contract, SourceMapping mapping, FileBinding binding, YearMonth period, String fileName,
                     Zones zones) {
        this.contract = contract;
        this.mapping = mapping;
        this.binding = binding;
        this.period = period;
        this.fileName = fileName;
        this.zones = zones;
        this.values = new ValueParser(mapping.dateFormats());
        this.identifier = new boolean[contract.fields().size()];
        this.fallbackCode = new String[contract.fields().size()];
        for (int i = 0; i < contract.fields().size(); i++) {
            FieldSpec f = contract.fields().get(i);
            identifier[i] = f.isIdentifier(contract);
            Set<String> tokens = new HashSet<>();
            mapping.nullTokensFor(f.name()).forEach(t -> tokens.add(TextKeys.key(t)));
            nullTokens.add(tokens);
            Map<String, String> codes = new HashMap<>();
            f.codeAliases().forEach((code, aliases) -> {
                codes.put(TextKeys.key(code), code);
                aliases.forEach(a -> codes.putIfAbsent(TextKeys.key(a), code));
            });
            f.codeAliases().forEach((code, aliases) -> {
                codes.putIfAbsent(code, code);
                aliases.forEach(a -> codes.putIfAbsent(a, code));
            });
            mapping.addedCodesFor(f.name()).keySet().forEach(code -> {
                codes.put(TextKeys.key(code), code);
                codes.put(code, code);
            });
            fallbackCode[i] = mapping.fallbackCodes().get(f.name());
            mapping.codesFor(f.name()).forEach((value, code) -> {
                if (f.type() == FieldType.CODE && !f.codeAliases().containsKey(code)
                        && !mapping.addedCodesFor(f.name()).containsKey(code)) {
                    throw new IllegalArgumentException("mapping codes." + f.name() + " maps '" + value
                            + "' to unknown code '" + code + "'; codes are " + f.codeAliases().keySet());
                }
                codes.put(TextKeys.key(value), code);
                codes.put(value, code);
            });
            codeByKey.add(codes);
            headerTexts.add(f.name());
            headerTexts.addAll(f.aliases());
        }
        headerTexts.addAll(mapping.headers().keySet());
        binding.headerTexts().forEach(h -> headerTexts.add(h.strip()));
        this.periodIndex = contract.periodField() == null ? -1 : contract.indexOf(contract.periodField());
        this.siteIndex = zones.siteField() == null ? -1 : contract.indexOf(zones.siteField());
    }

    public List<ParsedRow> parse(RawRecord rec) {
        int n = contract.fields().size();
        if (rec.cells() != null && looksLikeHeader(rec.cells())) {
            return List.of(new ParsedRow(rec.line(), 0, rec.rawText(), new Object[n], rebind(rec)));
        }
        if (unreadableBelow != null) {
            return List.of(new ParsedRow(rec.line(), 0, rec.rawText(), new Object[n], unreadableBelow));
        }
        Failure malformed = malformed(rec);
        if (malformed != null) {
            return List.of(new ParsedRow(rec.line(), 0, rec.rawText(), new Object[n], malformed));
        }
        if (!binding.unpivoted()) {
            return List.of(parseOne(rec, 0, -1));
        }
        List<ParsedRow> rows = new ArrayList<>(binding.unpivotColumns().size());
        int seq = 0;
        for (int col : binding.unpivotColumns()) {
            rows.add(parseOne(rec, seq++, col));
        }
        return rows;
    }

    /** At least two cells, and at least half of the non-empty ones, are header names of this source. */
    private boolean looksLikeHeader(String[] cells) {
        int nonEmpty = 0;
        int named = 0;
        for (String c : cells) {
            if (c == null || c.isEmpty()) {
                continue;
            }
            nonEmpty++;
            if (c.length() <= HEADER_CELL_MAX && (headerTexts.contains(c) || untidy(c) && headerTexts.contains(c.replace("\uFEFF", "").strip()))) {
                named++;
            }
        }
        return named >= 2 && 2 * named >= nonEmpty;
    }

    private static boolean untidy(String c) {
        return c.charAt(0) == '\uFEFF' || Character.isWhitespace(c.charAt(0)) || Character.isWhitespace(c.charAt(c.length() - 1));
    }

    /** A repeated header: the rows below it are read by its columns (or, if it lacks a required one, not at all). */
    private Failure rebind(RawRecord rec) {
        List<String> header = Arrays.stream(rec.cells()).map(c -> c == null ? null : c.replace("\uFEFF", "")).toList();
        try {
            FileBinding next = FileBinding.bind(fileName + " line " + rec.line(), header, contract, mapping);
            boolean reordered = !next.sources().equals(binding.sources());
            binding = next;
            unreadableBelow = null;
            return new Failure(ReasonCode.REPEATED_HEADER, Failure.RECORD, "a header row inside the data (exports pasted together?); "
                    + "the rows below it are read by its columns" + (reordered ? ", which are in another order" : ""));
        } catch (IngestException e) {
            unreadableBelow = new Failure(ReasonCode.MALFORMED_ROW, Failure.RECORD, "below the repeated header on line "
                    + rec.line() + ", which cannot be read: " + e.getMessage());
            return new Failure(ReasonCode.REPEATED_HEADER, Failure.RECORD, "a header row inside the data, without the columns "
                    + "the rows below it need: " + e.getMessage());
        }
    }

    private Failure malformed(RawRecord rec) {
        if (rec.problem() != null) {
            return new Failure(ReasonCode.MALFORMED_ROW, fieldAtColumn(rec.problem().column()), rec.problem().detail());
        }
        String[] cells = rec.cells();
        if (cells.length < binding.headerWidth()) {
            return new Failure(ReasonCode.MALFORMED_ROW, Failure.RECORD,
                    cells.length + " fields where the header has " + binding.headerWidth());
        }
        for (int i = binding.headerWidth(); i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                return new Failure(ReasonCode.MALFORMED_ROW, Failure.RECORD,
                        cells.length + " fields where the header has " + binding.headerWidth());
            }
        }
        return null;
    }

    /** The contract field read from a column of the file, or {@link Failure#RECORD} when none is. */
    private String fieldAtColumn(int column) {
        for (int i = 0; i < binding.sources().size(); i++) {
            if (binding.sources().get(i) instanceof ColumnSource.Column c && c.index() == column) {
                return contract.fields().get(i).name();
            }
        }
        return Failure.RECORD;
    }

    private ParsedRow parseOne(RawRecord rec, int seq, int unpivotColumn) {
        List<FieldSpec> fields = contract.fields();
        Object[] out = new Object[fields.size()];
        Failure failure = null;
        rowFallbacks.clear();
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec f = fields.get(i);
            ColumnSource source = binding.sources().get(i);
            String bad = badCell(source, rec, unpivotColumn);
            if (bad != null) {
                failure = Failure.first(failure, new Failure(ReasonCode.BAD_CELL, f.name(), f.name() + ": " + bad));
                continue;
            }
            String text = text(source, rec, unpivotColumn);
            if (text != null) {
                // a byte-order mark is never part of a value: exports pasted together leave one glued to a cell
                text = unwrapExcelText(text.replace("\uFEFF", "").strip());
                if (identifier[i]) {
                    text = TextKeys.canonical(text);
                }
                if (text.isEmpty() || !nullTokens.get(i).isEmpty() && nullTokens.get(i).contains(TextKeys.key(text))) {
                    text = null;
                }
            }
            if (text == null) {
                if (f.required() && !(source instanceof ColumnSource.Absent)) {
                    failure = Failure.first(failure, new Failure(ReasonCode.MISSING_REQUIRED, f.name(), f.name() + " is empty"));
                }
                continue;
            }
            try {
                out[i] = typed(f, i, text);
            } catch (ParseException e) {
                failure = Failure.first(failure, new Failure(e.reason(), f.name(), f.name() + ": " + e.getMessage()));
            }
        }
        failure = Failure.first(failure, toWallClock(out));
        failure = Failure.first(failure, crossField(out));
        String raw = unpivotColumn < 0 ? rec.rawText() : rec.rawText() + " [" + unpivotHeader(unpivotColumn) + "]";
        return new ParsedRow(rec.line(), seq, raw, out, failure, rowFallbacks.isEmpty() ? null : String.join(",", rowFallbacks));
    }

    /**
     * Excel's way of forcing text, {@code ="00123"}, as some systems export it: the text inside. Only when the quotes
     * inside are all doubled, so a real formula such as {@code ="a"&"b"} is left as it is.
     */
    static String unwrapExcelText(String text) {
        if (text.length() < 3 || !text.startsWith("=\"") || !text.endsWith("\"")) {
            return text;
        }
        String inner = text.substring(2, text.length() - 1);
        if (inner.replace("\"\"", "").indexOf('"') >= 0) {
            return text;
        }
        return inner.replace("\"\"", "\"");
    }

    /** Instants (written with Z or an offset) become the wall-clock time of the row's site. */
    private Failure toWallClock(Object[] out) {
        ZoneId zone = null;
        for (int i = 0; i < out.length; i++) {
            if (!(out[i] instanceof OffsetDateTime instant)) {
                continue;
            }
            if (zone == null) {
                zone = zones.defaultZone();
                if (siteIndex >= 0 && out[siteIndex] instanceof String site) {
                    zone = zones.bySite().getOrDefault(site, zone);
                }
            }
            LocalDateTime local = instant.atZoneSameInstant(zone).toLocalDateTime();
            out[i] = contract.fields().get(i).type() == FieldType.DATE ? local.toLocalDate() : local;
        }
        return null;
    }

    private Object typed(FieldSpec f, int i, String text) throws ParseException {
        switch (f.type()) {
            case STRING -> {
                if (identifier[i] && SCIENTIFIC.matcher(text).matches()) {
                    throw new ParseException(ReasonCode.BAD_IDENTIFIER, "'" + text + "' is in scientific notation: its digits were "
                            + "lost in a spreadsheet; export the column as text");
                }
                if (f.maxLength() != null && text.codePointCount(0, text.length()) > f.maxLength()) {
                    throw new ParseException(ReasonCode.TOO_LONG, "longer than " + f.maxLength() + " characters");
                }
                if (FieldSpec.TIME_ZONE_FORMAT.equals(f.format())) {
                    try {
                        return ZoneId.of(text).getId();
                    } catch (DateTimeException e) {
                        throw new ParseException(ReasonCode.UNKNOWN_CODE, "'" + text + "' is not an IANA time zone (e.g. Asia/Shanghai)");
                    }
                }
                return text;
            }
            case INT -> {
                int v = ValueParser.integer(text);
                range(f, BigDecimal.valueOf(v), text);
                return v;
            }
            case DECIMAL -> {
                BigDecimal v = ValueParser.decimal(text);
                range(f, v, text);
                return v;
            }
            case DATE, TIMESTAMP -> {
                Temporal t = values.moment(text);
                if (t instanceof OffsetDateTime) {
                    return t; // converted once the row's site is known
                }
                return f.type() == FieldType.DATE ? ((LocalDateTime) t).toLocalDate() : t;
            }
            case BOOLEAN -> {
                return ValueParser.bool(text);
            }
            case CODE -> {
                // exact spelling first: most exports write the alias as declared, and folding costs more than a lookup
                Map<String, String> codes = codeByKey.get(i);
                String code = codes.get(text);
                if (code == null) {
                    code = codes.get(TextKeys.key(text));
                }
                if (code == null && fallbackCode[i] != null) {
                    rowFallbacks.add(f.name());
                    return fallbackCode[i];
                }
                if (code == null) {
                    throw new ParseException(ReasonCode.UNKNOWN_CODE, "'" + text + "' is not one of " + f.codeAliases().keySet());
                }
                return code;
            }
            default -> throw new IllegalStateException(f.type().name());
        }
    }

    private static void range(FieldSpec f, BigDecimal v, String text) throws ParseException {
        if (f.min() != null && v.compareTo(f.min()) < 0) {
            ReasonCode r = f.min().signum() == 0 ? ReasonCode.NEGATIVE_VALUE : ReasonCode.OUT_OF_RANGE;
            throw new ParseException(r, "'" + text + "' is below the minimum " + f.min().toPlainString());
        }
        if (f.max() != null && v.compareTo(f.max()) > 0) {
            throw new ParseException(ReasonCode.OUT_OF_RANGE, "'" + text + "' is above the maximum " + f.max().toPlainString());
        }
    }

    /** Checks between fields of one row: declared time order, then the period the row belongs to. */
    private Failure crossField(Object[] out) {
        List<FieldSpec> fields = contract.fields();
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec f = fields.get(i);
            if (f.notBefore() == null || out[i] == null) {
                continue;
            }
            Object other = out[contract.indexOf(f.notBefore())];
            if (other != null && asTime(out[i]).isBefore(asTime(other))) {
                return new Failure(ReasonCode.INCONSISTENT_DATES, f.name(),
                        f.name() + " " + out[i] + " is before " + f.notBefore() + " " + other);
            }
        }
        if (period != null && periodIndex >= 0 && out[periodIndex] != null) {
            LocalDateTime at = asTime(out[periodIndex]);
            if (!YearMonth.from(at).equals(period)) {
                return new Failure(ReasonCode.OUT_OF_PERIOD, contract.periodField(),
                        contract.periodField() + " " + out[periodIndex] + " is not in " + period);
            }
        }
        return null;
    }

    private static LocalDateTime asTime(Object v) {
        return v instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) v;
    }

    /** Why the cell a field is read from has no usable value (spreadsheets only), or null. */
    private static String badCell(ColumnSource s, RawRecord rec, int unpivotColumn) {
        String[] bad = rec.badCells();
        if (bad == null) {
            return null;
        }
        if (s instanceof ColumnSource.Column c) {
            return c.index() < bad.length ? bad[c.index()] : null;
        }
        if (s instanceof ColumnSource.UnpivotValue) {
            return unpivotColumn < bad.length ? bad[unpivotColumn] : null;
        }
        if (s instanceof ColumnSource.Template t) {
            for (ColumnSource.Part p : t.parts()) {
                if (p.column() >= 0 && p.column() < bad.length && bad[p.column()] != null) {
                    return bad[p.column()];
                }
            }
        }
        return null;
    }

    private String text(ColumnSource s, RawRecord rec, int unpivotColumn) {
        String[] cells = rec.cells();
        if (s instanceof ColumnSource.Column c) {
            return c.index() < cells.length ? cells[c.index()] : null;
        }
        if (s instanceof ColumnSource.Constant k) {
            return k.value();
        }
        if (s instanceof ColumnSource.UnpivotName) {
            return unpivotHeader(unpivotColumn);
        }
        if (s instanceof ColumnSource.UnpivotValue) {
            return unpivotColumn < cells.length ? cells[unpivotColumn] : null;
        }
        if (s instanceof ColumnSource.Template t) {
            StringBuilder sb = new StringBuilder();
            for (ColumnSource.Part p : t.parts()) {
                if (p.literal() != null) {
                    sb.append(p.literal());
                } else if ("_line".equals(p.special())) {
                    sb.append(rec.line());
                } else if ("_file".equals(p.special())) {
                    sb.append(fileName);
                } else if (p.column() < cells.length && cells[p.column()] != null) {
                    sb.append(cells[p.column()].strip());
                }
            }
            return sb.toString();
        }
        return null;
    }

    private String unpivotHeader(int column) {
        return binding.unpivotHeaders().get(binding.unpivotColumns().indexOf(column));
    }
}
