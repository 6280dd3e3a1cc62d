package io.opsdw.transforms.unit;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the unit-test files: {@code unit_tests/<layer>/<model>.yml} on the test classpath (from
 * {@code src/test/resources}), one file per model, the file name being the model's name. Misspelt keys fail here,
 * before Spark starts.
 */
public final class UnitTestFiles {

    public static final String ROOT = "unit_tests";

    private static final Set<String> FILE_KEYS = Set.of("period", "cases");
    private static final Set<String> CASE_KEYS = Set.of("name", "description", "period", "given", "expect",
            "expect_error", "where", "ordered");
    private static final Set<String> GIVEN_KEYS = Set.of("input", "rows");

    private static final ObjectMapper YAML = JsonMapper.builder(YAMLFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private UnitTestFiles() {
    }

    /** Every case of every file, files in path order, cases in file order. */
    public static List<UnitCase> all() {
        List<UnitCase> cases = new ArrayList<>();
        for (Path file : files()) {
            cases.addAll(read(file));
        }
        return cases;
    }

    /** The YAML files under {@code unit_tests/}, sorted. */
    public static List<Path> files() {
        URL url = UnitTestFiles.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("no " + ROOT + "/ folder on the test classpath");
        }
        try (Stream<Path> paths = Files.walk(Path.of(url.toURI()))) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "unit_tests/facts/fact_complaint.yml" for a file under the classpath root. */
    public static String resourceName(Path file) {
        Path layer = file.getParent();
        return ROOT + "/" + layer.getFileName() + "/" + file.getFileName();
    }

    /** The layer folder a file sits in ("facts"). */
    public static String layer(Path file) {
        return file.getParent().getFileName().toString();
    }

    public static String model(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".yml".length());
    }

    public static List<UnitCase> read(Path file) {
        try {
            return parse(resourceName(file), model(file), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one file's text; {@code file} and {@code model} name it in messages and in the cases. */
    public static List<UnitCase> parse(String file, String model, String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new UnitTestDefinitionException(file + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new UnitTestDefinitionException(file + ": expected a mapping with 'cases'");
        }
        checkKeys(root, FILE_KEYS, file);
        YearMonth filePeriod = period(root.get("period"), file);
        JsonNode cases = root.get("cases");
        if (cases == null || !cases.isArray() || cases.isEmpty()) {
            throw new UnitTestDefinitionException(file + ": 'cases' must be a non-empty list");
        }
        List<UnitCase> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int i = 0;
        for (JsonNode c : cases) {
            i++;
            String where = file + " case " + i;
            if (!c.isObject()) {
                throw new UnitTestDefinitionException(where + ": expected a mapping");
            }
            String name = text(c, "name", where, true);
            where = file + " case '" + name + "'";
            if (!names.add(name)) {
                throw new UnitTestDefinitionException(where + ": duplicate case name");
            }
            checkKeys(c, CASE_KEYS, where);
            YearMonth period = c.has("period") ? period(c.get("period"), where) : filePeriod;
            if (period == null) {
                throw new UnitTestDefinitionException(where + ": no period (set 'period: YYYY-MM' on the file or the case)");
            }
            boolean hasExpect = c.has("expect");
            boolean hasError = c.has("expect_error");
            if (hasExpect == hasError) {
                throw new UnitTestDefinitionException(where + ": give exactly one of 'expect' (rows) and 'expect_error'");
            }
            List<Map<String, JsonNode>> expect = hasExpect ? rows(c.get("expect"), where + " expect") : null;
            if (expect != null) {
                sameColumns(expect, where + " expect");
            }
            JsonNode ordered = c.get("ordered");
            if (ordered != null && !ordered.isBoolean()) {
                throw new UnitTestDefinitionException(where + ": 'ordered' must be true or false");
            }
            out.add(new UnitCase(file, model, name, text(c, "description", where, false), period,
                    given(c.get("given"), where), expect, text(c, "expect_error", where, false),
                    text(c, "where", where, false), ordered != null && ordered.booleanValue()));
        }
        return out;
    }

    private static List<UnitCase.Given> given(JsonNode node, String where) {
        List<UnitCase.Given> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            throw new UnitTestDefinitionException(where + ": 'given' must be a list of {input, rows}");
        }
        Set<String> inputs = new HashSet<>();
        for (JsonNode g : node) {
            if (!g.isObject()) {
                throw new UnitTestDefinitionException(where + ": each 'given' entry is a mapping {input, rows}");
            }
            checkKeys(g, GIVEN_KEYS, where + " given");
            String input = text(g, "input", where + " given", true);
            if (!inputs.add(input)) {
                throw new UnitTestDefinitionException(where + ": input " + input + " is given twice");
            }
            out.add(new UnitCase.Given(input, rows(g.get("rows"), where + " given " + input)));
        }
        return out;
    }

    private static List<Map<String, JsonNode>> rows(JsonNode node, String where) {
        if (node == null || !node.isArray()) {
            throw new UnitTestDefinitionException(where + ": expected a list of rows ([] for none)");
        }
        List<Map<String, JsonNode>> rows = new ArrayList<>();
        int i = 0;
        for (JsonNode r : node) {
            i++;
            if (!r.isObject()) {
                throw new UnitTestDefinitionException(where + " row " + i + ": expected a mapping column: value");
            }
            Map<String, JsonNode> row = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                row.put(e.getKey(), e.getValue());
            }
            rows.add(row);
        }
        return rows;
    }

    /** Only the columns listed are compared, so every expected row must list the same ones. */
    private static void sameColumns(List<Map<String, JsonNode>> rows, String where) {
        if (rows.isEmpty()) {
            return;
        }
        Set<String> first = rows.get(0).keySet();
        for (int i = 1; i < rows.size(); i++) {
            if (!rows.get(i).keySet().equals(first)) {
                throw new UnitTestDefinitionException(where + " row " + (i + 1) + ": lists columns "
                        + rows.get(i).keySet() + " but row 1 lists " + first + " (every expected row lists the same"
                        + " columns; write null for an expected NULL)");
            }
        }
    }

    private static YearMonth period(JsonNode node, String where) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return YearMonth.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw new UnitTestDefinitionException(where + ": period '" + node.asText() + "' is not YYYY-MM");
        }
    }

    private static String text(JsonNode node, String key, String where, boolean required) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new UnitTestDefinitionException(where + ": '" + key + "' is required");
            }
            return null;
        }
        if (!v.isValueNode()) {
            throw new UnitTestDefinitionException(where + ": '" + key + "' must be text");
        }
        return v.asText();
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new UnitTestDefinitionException(where + ": unknown key '" + k + "' (allowed: "
                        + allowed.stream().sorted().toList() + ")");
            }
        }
    }
}
