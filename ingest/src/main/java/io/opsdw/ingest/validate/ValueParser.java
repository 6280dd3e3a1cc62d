package io.opsdw.ingest.validate;

import io.opsdw.lakecontract.quarantine.ReasonCode;

import io.opsdw.ingest.read.TextKeys;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place text becomes typed values, for CSV and XLSX alike: full-width folding, thousands separators,
 * the date spellings exports use (2026-10-05, 2026/10/5, 2026年10月5日, 2026.10.05, 20261005, Excel serials,
 * optional time with or without seconds), booleans 是/否/Y/N/true/false/1/0. Immutable, so safe to share.
 */
public final class ValueParser {

    private static final List<String> DATE_PATTERNS = List.of("uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuu年M月d日", "uuuuMMdd");
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("H:mm")
            .optionalStart().appendPattern(":ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.\\d+)?");
    private static final Pattern ISO_T = Pattern.compile("^(\\S+?)T(\\d)");
    /** A time of day followed by a zone designator: Z, UTC/GMT, or an offset (+08:00, +0800, +08, UTC+8). */
    private static final Pattern ZONED_TIME = Pattern.compile(
            "^(\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s*(Z|(?:UTC|GMT)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?|UTC|GMT)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENCY = Pattern.compile("^[¥$€£]|^RMB|元$");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(
            Map.entry("是", true), Map.entry("否", false), Map.entry("y", true), Map.entry("n", false),
            Map.entry("yes", true), Map.entry("no", false), Map.entry("true", true), Map.entry("false", false),
            Map.entry("t", true), Map.entry("f", false), Map.entry("1", true), Map.entry("0", false),
            Map.entry("有", true), Map.entry("无", false));

    private final List<DateTimeFormatter> datePatterns;
    private final Map<Character, DateTimeFormatter> bySeparator;
    private final List<DateTimeFormatter> extraPatterns;

    public ValueParser(List<String> extraFormats) {
        this.datePatterns = DATE_PATTERNS.stream().map(p -> formatter(p).withResolverStyle(ResolverStyle.STRICT)).toList();
        // the character after the year picks the spelling, so the usual case costs one parse and no exception
        this.bySeparator = Map.of('-', datePatterns.get(0), '/', datePatterns.get(1), '.', datePatterns.get(2),
                '年', datePatterns.get(3));
        List<DateTimeFormatter> extra = new ArrayList<>();
        for (String p : extraFormats) {
            extra.add(formatter(p));
        }
        this.extraPatterns = List.copyOf(extra);
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.SMART);
    }

    public static BigDecimal number(String text) throws ParseException {
        String t = TextKeys.fold(text).replace(" ", "").replace("_", "");
        if (!t.isEmpty() && !Character.isDigit(t.charAt(0)) || t.endsWith("元")) {
            t = CURRENCY.matcher(t).replaceAll("");
        }
        if (t.indexOf(',') >= 0) {
            if (!GROUPED.matcher(t).matches()) {
                throw new ParseException(ReasonCode.BAD_NUMBER, "'" + text + "' is not a number");
            }
            t = t.replace(",", "");
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new ParseException(ReasonCode.BAD_NUMBER, "'" + text + "' is not a number");
        }
    }

    public static int integer(String text) throws ParseException {
        BigDecimal n = number(text);
        if (n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
            throw new ParseException(ReasonCode.BAD_NUMBER, "'" + text + "' is not a whole number");
        }
        try {
            return n.setScale(0, RoundingMode.UNNECESSARY).intValueExact();
        } catch (ArithmeticException e) {
            throw new ParseException(ReasonCode.OUT_OF_RANGE, "'" + text + "' is too large");
        }
    }

    /** Two decimals, as landed (DECIMAL(18,2)). */
    public static BigDecimal decimal(String text) throws ParseException {
        BigDecimal n = number(text).setScale(2, RoundingMode.HALF_UP);
        if (n.precision() > 18) {
            throw new ParseException(ReasonCode.OUT_OF_RANGE, "'" + text + "' is too large");
        }
        return n;
    }

    public static boolean bool(String text) throws ParseException {
        Boolean b = BOOLEANS.get(TextKeys.key(text));
        if (b == null) {
            throw new ParseException(ReasonCode.BAD_BOOLEAN, "'" + text + "' is not a yes/no value (是/否, Y/N, true/false, 1/0)");
        }
        return b;
    }

    public LocalDate date(String text) throws ParseException {
        return timestamp(text).toLocalDate();
    }

    /** A timestamp as written; one with a zone designator is taken as UTC's wall clock (see {@link #moment}). */
    public LocalDateTime timestamp(String text) throws ParseException {
        Temporal m = moment(text);
        return m instanceof OffsetDateTime o ? o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime() : (LocalDateTime) m;
    }

    /**
     * A wall-clock {@link LocalDateTime}, or, when the text carries a zone designator ({@code 2026-10-31T18:30:00Z},
     * {@code 2026-10-31 18:30:00+08:00}), an {@link OffsetDateTime}: an instant the caller converts to the site's
     * wall clock.
     */
    public Temporal moment(String text) throws ParseException {
        String t = TextKeys.fold(text);
        for (DateTimeFormatter f : extraPatterns) {
            LocalDateTime v = tryFull(f, t);
            if (v != null) {
                return v;
            }
        }
        if (SERIAL.matcher(t).matches()) {
            return serial(new BigDecimal(t));
        }
        if (t.indexOf('T') > 0) {
            t = ISO_T.matcher(t).replaceFirst("$1 $2");
        }
        int space = t.indexOf(' ');
        String datePart = space < 0 ? t : t.substring(0, space);
        String timePart = space < 0 ? null : t.substring(space + 1).strip();
        ZoneOffset offset = null;
        if (timePart != null) {
            Matcher z = ZONED_TIME.matcher(timePart);
            if (z.matches()) {
                timePart = z.group(1);
                offset = z.group(3) == null ? ZoneOffset.UTC : offset(text, z.group(3), z.group(4), z.group(5));
            }
        }
        LocalDate d = null;
        DateTimeFormatter likely = datePart.length() > 4 ? bySeparator.get(datePart.charAt(4)) : null;
        if (likely == null && datePart.length() == 8) {
            likely = datePatterns.get(4);
        }
        for (DateTimeFormatter f : likely != null ? List.of(likely) : datePatterns) {
            try {
                d = LocalDate.parse(datePart, f);
                break;
            } catch (DateTimeParseException e) {
                // try the next spelling
            }
        }
        if (d == null) {
            throw new ParseException(ReasonCode.BAD_DATE, "'" + text + "' is not a date");
        }
        if (timePart == null || timePart.isEmpty()) {
            return d.atStartOfDay();
        }
        LocalDateTime local;
        try {
            local = d.atTime(LocalTime.parse(timePart, TIME));
        } catch (DateTimeParseException e) {
            throw new ParseException(ReasonCode.BAD_DATE, "'" + text + "' has an unreadable time of day");
        }
        return offset == null ? local : local.atOffset(offset);
    }

    private static ZoneOffset offset(String text, String sign, String hours, String minutes) throws ParseException {
        try {
            int h = Integer.parseInt(hours);
            int m = minutes == null ? 0 : Integer.parseInt(minutes);
            return ZoneOffset.ofHoursMinutes(sign.equals("-") ? -h : h, sign.equals("-") ? -m : m);
        } catch (java.time.DateTimeException e) {
            throw new ParseException(ReasonCode.BAD_DATE, "'" + text + "' has an impossible time zone offset");
        }
    }

    private static LocalDateTime tryFull(DateTimeFormatter f, String t) {
        try {
            TemporalAccessor a = f.parse(t);
            LocalDate d = a.query(TemporalQueries.localDate());
            if (d == null) {
                return null;
            }
            LocalTime time = a.query(TemporalQueries.localTime());
            return time == null ? d.atStartOfDay() : d.atTime(time);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Excel serial day numbers (1900 date system, with the fraction as time of day). */
    private static LocalDateTime serial(BigDecimal v) {
        long days = v.longValue();
        long nanos = v.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(86_400_000_000_000L))
                .setScale(0, RoundingMode.HALF_UP).longValue();
        // round to the second: Excel stores binary fractions
        long seconds = Math.round(nanos / 1e9);
        return EXCEL_EPOCH.plusDays(days).atStartOfDay().plusSeconds(seconds);
    }
}
