package io.opsdw.ingest.validate;

import io.opsdw.ingest.contract.FieldSpec;
import io.opsdw.ingest.contract.FieldType;
import io.opsdw.ingest.contract.SourceContract;
import io.opsdw.ingest.mapping.SourceMapping;
import io.opsdw.ingest.read.RawRecord;
import io.opsdw.ingest.read.TextKeys;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one record into typed rows and runs every single-row check (everything but references and duplicate
 * keys). Lives inside Spark tasks: built from serializable parts, holds no Spark state.
 */
public final class RowParser {

    private final SourceContract contract;
    private final FileBinding binding;
    private final YearMonth period;
    private final String fileName;
    private final ValueParser values;
    private final List<Set<String>> nullTokens = new ArrayList<>();
    private final List<Map<String, String>> codeByKey = new ArrayList<>();
    private final int periodIndex;

    public RowParser(SourceContract contract, SourceMapping mapping, FileBinding binding, YearMonth period, String fileName) {
        this.contract = contract;
        this.binding = binding;
        this.period = period;
        this.fileName = fileName;
        this.values = new ValueParser(mapping.dateFormats());
        for (FieldSpec f : contract.fields()) {
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
            mapping.codesFor(f.name()).forEach((value, code) -> {
                if (f.type() == FieldType.CODE && !f.codeAliases().containsKey(code)) {
                    throw new IllegalArgumentException("mapping codes." + f.name() + " maps '" + value
                            + "' to unknown code '" + code + "'; codes are " + f.codeAliases().keySet());
                }
                codes.put(TextKeys.key(value), code);
                codes.put(value, code);
            });
            codeByKey.add(codes);
        }
        this.periodIndex = contract.periodField() == null ? -1 : contract.indexOf(contract.periodField());
    }

    public List<ParsedRow> parse(RawRecord rec) {
        String[] cells = rec.cells();
        String malformed = malformed(cells);
        int n = contract.fields().size();
        if (malformed != null) {
            return List.of(new ParsedRow(rec.line(), 0, rec.rawText(), new Object[n],
                    new Failure(ReasonCode.MALFORMED_ROW, null, malformed)));
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

    private String malformed(String[] cells) {
        if (cells == null) {
            return "the record cannot be split into fields";
        }
        if (cells.length < binding.headerWidth()) {
            return cells.length + " fields where the header has " + binding.headerWidth();
        }
        for (int i = binding.headerWidth(); i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                return cells.length + " fields where the header has " + binding.headerWidth();
            }
        }
        return null;
    }

    private ParsedRow parseOne(RawRecord rec, int seq, int unpivotColumn) {
        List<FieldSpec> fields = contract.fields();
        Object[] out = new Object[fields.size()];
        Failure failure = null;
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec f = fields.get(i);
            String text = text(binding.sources().get(i), rec, unpivotColumn);
            if (text != null) {
                text = text.strip();
                if (text.isEmpty() || !nullTokens.get(i).isEmpty() && nullTokens.get(i).contains(TextKeys.key(text))) {
                    text = null;
                }
            }
            if (text == null) {
                if (f.required() && !(binding.sources().get(i) instanceof ColumnSource.Absent)) {
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
        failure = Failure.first(failure, crossField(out));
        String raw = unpivotColumn < 0 ? rec.rawText() : rec.rawText() + " [" + unpivotHeader(unpivotColumn) + "]";
        return new ParsedRow(rec.line(), seq, raw, out, failure);
    }

    private Object typed(FieldSpec f, int i, String text) throws ParseException {
        switch (f.type()) {
            case STRING -> {
                if (f.maxLength() != null && text.codePointCount(0, text.length()) > f.maxLength()) {
                    throw new ParseException(ReasonCode.TOO_LONG, "longer than " + f.maxLength() + " characters");
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
            case DATE -> {
                return values.date(text);
            }
            case TIMESTAMP -> {
                return values.timestamp(text);
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
        if (periodIndex >= 0 && out[periodIndex] != null) {
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
