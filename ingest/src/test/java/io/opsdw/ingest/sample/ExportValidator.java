package io.opsdw.ingest.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import io.opsdw.lakecontract.ChineseScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reference re-implementation of the ingest's row checks, in its order (the first failing check wins),
 * used to re-count the faults actually present in generated files. It accepts the harmless dirt the
 * generator promises to be acceptable (other date layouts, full-width digits, thousands separators,
 * padding, traditional characters), so a clean row flagged here is a generator bug.
 */
final class ExportValidator {

    record Counts(Map<String, Map<String, Long>> faults, Map<String, Long> rows) {
    }

    private static final List<DateTimeFormatter> DATES = List.of(
            fmt("uuuu-MM-dd"), fmt("uuuu/M/d"), fmt("uuuu年M月d日"));
    private static final List<DateTimeFormatter> TIMESTAMPS = List.of(
            fmt("uuuu-MM-dd HH:mm:ss"), fmt("uuuu/M/d HH:mm:ss"));

    private static DateTimeFormatter fmt(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    private ExportValidator() {
    }

    static Counts validate(Path periodDir) throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(periodDir.resolve("_manifest.json").toFile());
        YearMonth period = YearMonth.parse(manifest.path("period").asText());
        Map<String, List<JsonNode>> filesBySource = new LinkedHashMap<>();
        manifest.path("files").forEach(f -> filesBySource.computeIfAbsent(f.path("source").asText(), k -> new ArrayList<>()).add(f));
        Set<String> sites = firstColumn(periodDir, filesBySource.get("sites").get(0));
        Set<String> departments = firstColumn(periodDir, filesBySource.get("departments").get(0));
        Map<String, Map<String, Long>> faults = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String source : TestContracts.OPERATIONAL) {
            JsonNode contract = TestContracts.load(source);
            Map<String, Long> reasons = new LinkedHashMap<>();
            Set<String> keys = new HashSet<>();
            long n = 0;
            for (JsonNode file : filesBySource.get(source)) {
                List<String[]> data = read(periodDir, file);
                for (String[] cells : data.subList(1, data.size())) {
                    n++;
                    String reason = check(contract, cells, period, sites, departments, keys);
                    if (reason != null) {
                        reasons.merge(reason, 1L, Long::sum);
                    }
                }
            }
            faults.put(source, reasons);
            rows.put(source, n);
        }
        return new Counts(faults, rows);
    }

    static List<String[]> read(Path dir, JsonNode file) throws IOException {
        Charset charset = Charset.forName(file.path("encoding").asText());
        try (InputStream in = Files.newInputStream(dir.resolve(file.path("file").asText()))) {
            if (file.path("bom").asBoolean()) {
                byte[] bom = in.readNBytes(3);
                if (bom.length != 3 || (bom[0] & 0xFF) != 0xEF) {
                    throw new IllegalStateException("expected a BOM in " + file);
                }
            }
            CsvParserSettings settings = new CsvParserSettings();
            settings.setIgnoreLeadingWhitespaces(false);
            settings.setIgnoreTrailingWhitespaces(false);
            settings.setIgnoreLeadingWhitespacesInQuotes(false);
            settings.setIgnoreTrailingWhitespacesInQuotes(false);
            settings.setNullValue("");
            settings.setEmptyValue("");
            settings.setMaxCharsPerColumn(-1);
            settings.setLineSeparatorDetectionEnabled(true);
            settings.setSkipEmptyLines(false);
            Reader reader = new InputStreamReader(in, charset);
            return new CsvParser(settings).parseAll(reader);
        }
    }

    private static Set<String> firstColumn(Path dir, JsonNode file) throws IOException {
        Set<String> values = new HashSet<>();
        List<String[]> data = read(dir, file);
        data.subList(1, data.size()).forEach(r -> values.add(r[0]));
        return values;
    }

    private static String check(JsonNode contract, String[] cells, YearMonth period, Set<String> sites,
                                Set<String> departments, Set<String> keys) {
        JsonNode fields = contract.path("fields");
        if (cells.length != fields.size()) {
            return "MALFORMED_ROW";
        }
        String[] v = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            v[i] = cells[i] == null ? "" : cells[i].trim();
        }
        for (int i = 0; i < v.length; i++) {
            if (fields.get(i).path("required").asBoolean() && v[i].isEmpty()) {
                return "MISSING_REQUIRED";
            }
        }
        for (int i = 0; i < v.length; i++) {
            for (JsonNode k : contract.path("key")) {
                if (fields.get(i).path("name").asText().equals(k.asText()) && v[i].matches("[+-]?\\d+(\\.\\d+)?[eE][+-]?\\d+")) {
                    return "BAD_IDENTIFIER";
                }
            }
        }
        Object[] typed = new Object[v.length];
        for (int i = 0; i < v.length; i++) {
            String type = fields.get(i).path("type").asText();
            if (!v[i].isEmpty() && (type.equals("date") || type.equals("timestamp"))) {
                typed[i] = type.equals("date") ? date(v[i]) : timestamp(v[i]);
                if (typed[i] == null) {
                    return "BAD_DATE";
                }
            }
        }
        for (int i = 0; i < v.length; i++) {
            String type = fields.get(i).path("type").asText();
            if (!v[i].isEmpty() && (type.equals("int") || type.equals("decimal"))) {
                typed[i] = number(v[i], type.equals("int"));
                if (typed[i] == null) {
                    return "BAD_NUMBER";
                }
            }
        }
        for (int i = 0; i < v.length; i++) {
            if (!v[i].isEmpty() && fields.get(i).path("type").asText().equals("boolean")
                    && !v[i].equals("是") && !v[i].equals("否")) {
                return "BAD_BOOLEAN";
            }
        }
        for (int i = 0; i < v.length; i++) {
            if (!v[i].isEmpty() && fields.get(i).path("type").asText().equals("code") && !isCode(fields.get(i), v[i])) {
                return "UNKNOWN_CODE";
            }
        }
        for (int i = 0; i < v.length; i++) {
            JsonNode max = fields.get(i).path("max_length");
            if (!max.isMissingNode() && v[i].length() > max.asInt()) {
                return "TOO_LONG";
            }
        }
        for (int i = 0; i < v.length; i++) {
            JsonNode min = fields.get(i).path("min");
            if (typed[i] instanceof BigDecimal n && !min.isMissingNode() && min.asDouble() == 0 && n.signum() < 0) {
                return "NEGATIVE_VALUE";
            }
        }
        for (int i = 0; i < v.length; i++) {
            JsonNode f = fields.get(i);
            if (typed[i] instanceof BigDecimal n
                    && ((f.has("max") && n.compareTo(f.get("max").decimalValue()) > 0)
                    || (f.has("min") && f.get("min").asDouble() > 0 && n.compareTo(f.get("min").decimalValue()) < 0))) {
                return "OUT_OF_RANGE";
            }
        }
        String periodField = contract.path("period_field").asText();
        for (int i = 0; i < v.length; i++) {
            if (fields.get(i).path("name").asText().equals(periodField)) {
                Object t = typed[i];
                LocalDate day = t instanceof LocalDateTime ts ? ts.toLocalDate() : (LocalDate) t;
                if (!YearMonth.from(day).equals(period)) {
                    return "OUT_OF_PERIOD";
                }
            }
        }
        for (int i = 0; i < v.length; i++) {
            String ref = fields.get(i).path("references").asText("");
            if (!v[i].isEmpty() && ((ref.equals("sites") && !sites.contains(v[i]))
                    || (ref.equals("departments") && !departments.contains(v[i])))) {
                return "UNKNOWN_REFERENCE";
            }
        }
        StringBuilder key = new StringBuilder();
        for (JsonNode k : contract.path("key")) {
            for (int i = 0; i < v.length; i++) {
                if (fields.get(i).path("name").asText().equals(k.asText())) {
                    key.append(typed[i] != null ? typed[i].toString() : v[i]).append('\u0001');
                }
            }
        }
        return keys.add(key.toString()) ? null : "DUPLICATE_KEY";
    }

    private static boolean isCode(JsonNode field, String value) {
        String simplified = ChineseScript.toSimplified(value);
        var it = field.path("codes").fields();
        while (it.hasNext()) {
            var e = it.next();
            for (JsonNode alias : e.getValue()) {
                if (alias.asText().equals(simplified)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static LocalDate date(String s) {
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException ignored) {
                // try the next layout
            }
        }
        return null;
    }

    private static LocalDateTime timestamp(String s) {
        for (DateTimeFormatter f : TIMESTAMPS) {
            try {
                return LocalDateTime.parse(s, f);
            } catch (DateTimeParseException ignored) {
                // try the next layout
            }
        }
        return null;
    }

    private static BigDecimal number(String s, boolean integer) {
        StringBuilder ascii = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                ascii.append((char) ('0' + (c - '０')));
            } else if (c != ',') {
                ascii.append(c);
            }
        }
        try {
            BigDecimal n = new BigDecimal(ascii.toString());
            return integer && n.stripTrailingZeros().scale() > 0 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
