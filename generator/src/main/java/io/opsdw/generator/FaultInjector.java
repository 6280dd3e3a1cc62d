package io.opsdw.generator;

import io.opsdw.lakecontract.ChineseScript;
import io.opsdw.lakecontract.quarantine.ReasonCode;

import io.opsdw.generator.ExportColumns.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a fraction of formatted rows into faulty ones, exactly one fault per faulty row, and sprinkles
 * harmless dirt (other date layouts, full-width digits, thousands separators, padding, traditional
 * characters) over clean rows, which the ingest must accept. Every change is counted for the sidecar.
 *
 * <p>Faults are built so that no earlier check in the ingest's order can fire first: the value is only
 * ever wrong in the one way that is counted.
 */
public final class FaultInjector {

    /** Share of clean rows that get harmless dirt when dirt is on at all. */
    private static final double HARMLESS_RATE = 0.05;

    private final ExportColumns contract;
    private final YearMonth period;
    private final double dirtyRate;
    private final Rng rng;
    private final Map<ReasonCode, Long> faults = new EnumMap<>(ReasonCode.class);
    private final Map<String, Long> harmless = new TreeMap<>();
    private final List<ReasonCode> applicable = new ArrayList<>();

    /**
     * Every reason the generator can inject: all but INCONSISTENT_DATES (its rows keep their milestones in order),
     * REPEATED_HEADER (a whole header line, not a row's fault) and BAD_CELL (a workbook's cell, not a text).
     */
    public static final java.util.Set<ReasonCode> INJECTABLE = java.util.EnumSet.complementOf(java.util.EnumSet.of(
            ReasonCode.INCONSISTENT_DATES, ReasonCode.REPEATED_HEADER, ReasonCode.BAD_CELL));
    private final List<Integer> required = new ArrayList<>();
    private final List<Integer> temporal = new ArrayList<>();
    private final List<Integer> numeric = new ArrayList<>();
    private final List<Integer> booleans = new ArrayList<>();
    private final List<Integer> codes = new ArrayList<>();
    private final List<Integer> limitedLength = new ArrayList<>();
    private final List<Integer> minZero = new ArrayList<>();
    private final List<Integer> bounded = new ArrayList<>();
    private final List<Integer> references = new ArrayList<>();
    private final int periodIndex;

    FaultInjector(ExportColumns contract, YearMonth period, double dirtyRate, Rng rng) {
        this.contract = contract;
        this.period = period;
        this.dirtyRate = dirtyRate;
        this.rng = rng;
        List<Field> fields = contract.fields();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.required()) {
                required.add(i);
            }
            if (f.isTemporal()) {
                temporal.add(i);
            }
            if (f.isNumeric()) {
                numeric.add(i);
                if (f.min() != null && f.min().signum() == 0) {
                    minZero.add(i);
                }
                if (f.max() != null) {
                    bounded.add(i);
                }
            }
            if (f.type().equals("boolean")) {
                booleans.add(i);
            }
            if (f.type().equals("code")) {
                codes.add(i);
            }
            if (f.maxLength() != null) {
                limitedLength.add(i);
            }
            if (f.references() != null) {
                references.add(i);
            }
        }
        this.periodIndex = contract.periodField() == null ? -1 : contract.index(contract.periodField());
        applicable.add(ReasonCode.MALFORMED_ROW);
        addIf(!required.isEmpty(), ReasonCode.MISSING_REQUIRED);
        addIf(contract.key().size() == 1, ReasonCode.BAD_IDENTIFIER);
        addIf(!temporal.isEmpty(), ReasonCode.BAD_DATE);
        addIf(!numeric.isEmpty(), ReasonCode.BAD_NUMBER);
        addIf(!booleans.isEmpty(), ReasonCode.BAD_BOOLEAN);
        addIf(!codes.isEmpty(), ReasonCode.UNKNOWN_CODE);
        addIf(!limitedLength.isEmpty(), ReasonCode.TOO_LONG);
        addIf(!minZero.isEmpty(), ReasonCode.NEGATIVE_VALUE);
        addIf(!bounded.isEmpty(), ReasonCode.OUT_OF_RANGE);
        addIf(periodIndex >= 0, ReasonCode.OUT_OF_PERIOD);
        addIf(!references.isEmpty(), ReasonCode.UNKNOWN_REFERENCE);
        addIf(!contract.key().isEmpty(), ReasonCode.DUPLICATE_KEY);
    }

    private void addIf(boolean condition, ReasonCode reason) {
        if (condition) {
            applicable.add(reason);
        }
    }

    /** Returns the rows to write for one generated row: itself, a faulty variant, or itself plus a duplicate. */
    List<String[]> apply(String[] cells) {
        if (dirtyRate <= 0) {
            return Collections.singletonList(cells);
        }
        if (!rng.chance(dirtyRate)) {
            if (rng.chance(HARMLESS_RATE)) {
                addHarmlessDirt(cells);
            }
            return Collections.singletonList(cells);
        }
        ReasonCode reason = rng.pick(applicable);
        faults.merge(reason, 1L, Long::sum);
        if (reason == ReasonCode.DUPLICATE_KEY) {
            // The source exported the same record twice; the earlier copy is clean, the later one faulty.
            return Arrays.asList(cells, cells.clone());
        }
        return Collections.singletonList(inject(reason, cells.clone()));
    }

    private String[] inject(ReasonCode reason, String[] cells) {
        switch (reason) {
            case MALFORMED_ROW -> {
                if (rng.chance(0.5)) {
                    String[] shorter = new String[cells.length - 1];
                    System.arraycopy(cells, 0, shorter, 0, shorter.length);
                    return shorter;
                }
                String[] longer = new String[cells.length + 1];
                System.arraycopy(cells, 0, longer, 0, cells.length);
                longer[cells.length] = "多余列";
                return longer;
            }
            case MISSING_REQUIRED -> cells[rng.pick(required)] = rng.chance(0.8) ? "" : "   ";
            // a number-like id opened in a spreadsheet and saved again: its digits are gone
            case BAD_IDENTIFIER -> cells[contract.index(contract.key().get(0))] = rng.pick("4.6E+14", "1.38001E+10", "2.0261E+07");
            case BAD_DATE -> {
                int i = pickFilled(cells, temporal, periodIndex);
                boolean ts = contract.fields().get(i).type().equals("timestamp");
                String ym = String.format("%d-%02d", period.getYear(), period.getMonthValue());
                String badDay = ym + "-32";
                String badMonth = period.getYear() + "-13-" + String.format("%02d", 1 + rng.nextInt(28));
                cells[i] = ts
                        ? rng.pick(badDay + " 10:15:00", badMonth + " 09:00:00", ym + "-05 25:61:00", "下午三点", "########")
                        : rng.pick(badDay, badMonth, "下周一", "########");
            }
            case BAD_NUMBER -> cells[rng.pick(numeric)] = rng.pick("12..5", "约30", "#VALUE!", "一百", "5O");
            case BAD_BOOLEAN -> cells[rng.pick(booleans)] = rng.pick("也许", "2", "待确认", "Y/N");
            case UNKNOWN_CODE -> {
                int i = rng.pick(codes);
                cells[i] = unknownLabel(contract.fields().get(i));
            }
            case TOO_LONG -> {
                int i = rng.pick(limitedLength);
                cells[i] = longText(contract.fields().get(i).maxLength() + 1 + rng.nextInt(40));
            }
            case NEGATIVE_VALUE -> {
                int i = rng.pick(minZero);
                boolean integer = contract.fields().get(i).type().equals("int");
                cells[i] = integer ? "-" + (1 + rng.nextInt(20)) : "-" + ValueFormat.decimal(rng.money(0.5, 300));
            }
            case OUT_OF_RANGE -> {
                int i = rng.pick(bounded);
                Field f = contract.fields().get(i);
                BigDecimal above = f.max().add(BigDecimal.valueOf(1 + rng.nextInt(1000)));
                cells[i] = f.type().equals("int") ? above.toBigInteger().toString() : ValueFormat.decimal(above);
            }
            case OUT_OF_PERIOD -> shiftOutOfPeriod(cells);
            case UNKNOWN_REFERENCE -> {
                int i = pickFilled(cells, references, contract.index("site_code"));
                cells[i] = contract.fields().get(i).references().equals("sites")
                        ? rng.pick("ST09", "SC99", "PM00", "XX01")
                        : rng.pick("YL99", "SL99", "WY99", "ZZ01");
            }
            default -> throw new IllegalStateException("not an in-place fault: " + reason);
        }
        return cells;
    }

    /** Prefers a filled column: a typo in a value is the real-world mistake, not a value in an empty column. */
    private int pickFilled(String[] cells, List<Integer> candidates, int fallback) {
        List<Integer> filled = candidates.stream().filter(i -> !cells[i].isEmpty()).toList();
        return filled.isEmpty() ? fallback : filled.get(rng.nextInt(filled.size()));
    }

    private String unknownLabel(Field field) {
        for (String candidate : new String[] {"待补录", "其它方式", "未知类型", "XX"}) {
            if (field.codes().values().stream().noneMatch(l -> l.contains(candidate))
                    && !field.codes().containsKey(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no unknown label for " + field.name());
    }

    private String longText(int length) {
        String phrase = "客户多次反映问题未得到处理，要求尽快给出书面答复。";
        StringBuilder text = new StringBuilder(length + phrase.length());
        while (text.length() < length) {
            text.append(phrase);
        }
        return text.substring(0, length);
    }

    /**
     * A record of another month: every date and time of the row moves together, as in a real export that
     * picked up last (or next) month's record, so the row's own milestones stay in order.
     */
    private void shiftOutOfPeriod(String[] cells) {
        int months = rng.chance(0.6) ? -1 : 1; // late registrations of last month's records are the usual case
        for (int i = 0; i < cells.length; i++) {
            Field field = contract.fields().get(i);
            if (cells[i].isEmpty()) {
                continue;
            }
            if (field.type().equals("timestamp")) {
                cells[i] = LocalDateTime.parse(cells[i], ValueFormat.TIMESTAMP).plusMonths(months).format(ValueFormat.TIMESTAMP);
            } else if (field.type().equals("date")) {
                cells[i] = LocalDate.parse(cells[i], ValueFormat.DATE).plusMonths(months).format(ValueFormat.DATE);
            }
        }
    }

    private void addHarmlessDirt(String[] cells) {
        int i = rng.nextInt(cells.length);
        Field f = contract.fields().get(i);
        String value = cells[i];
        if (value == null || value.isEmpty() || contract.key().contains(f.name())) {
            return;
        }
        String kind;
        String dirty;
        switch (f.type()) {
            case "date" -> {
                LocalDate d = LocalDate.parse(value, ValueFormat.DATE);
                kind = "date_layout";
                dirty = rng.chance(0.5)
                        ? d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth()
                        : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            }
            case "timestamp" -> {
                LocalDateTime t = LocalDateTime.parse(value, ValueFormat.TIMESTAMP);
                kind = "date_layout";
                dirty = t.getYear() + "/" + t.getMonthValue() + "/" + t.getDayOfMonth() + " "
                        + value.substring(11);
            }
            case "int", "decimal" -> {
                BigDecimal n = new BigDecimal(value);
                if (n.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
                    kind = "thousands_separator";
                    dirty = f.type().equals("int") ? String.format("%,d", n.longValue())
                            : String.format("%,.2f", n);
                } else if (rng.chance(0.5)) {
                    kind = "full_width_digits";
                    dirty = fullWidth(value);
                } else {
                    kind = "surrounding_spaces";
                    dirty = " " + value + " ";
                }
            }
            case "code" -> {
                String traditional = ChineseScript.toTraditional(value);
                if (!traditional.equals(value)) {
                    kind = "traditional_chinese";
                    dirty = traditional;
                } else {
                    kind = "surrounding_spaces";
                    dirty = "  " + value + " ";
                }
            }
            default -> {
                return; // free text and identifiers are left alone
            }
        }
        cells[i] = dirty;
        harmless.merge(kind, 1L, Long::sum);
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c);
        }
        return out.toString();
    }

    /** Injected faults in check order; zero counts left out. */
    Map<String, Long> faultCounts() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        faults.forEach((reason, n) -> out.put(reason.name(), n));
        return out;
    }

    Map<String, Long> harmlessCounts() {
        return harmless;
    }
}
