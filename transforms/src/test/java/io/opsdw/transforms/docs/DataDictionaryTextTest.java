package io.opsdw.transforms.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every description in the committed docs/data-dictionary.md is the text written in the model YAML, whole. The YAML
 * is read here line by line, as a person reads it (no YAML library, nothing shared with the catalogue's loader), so
 * a description that the loader cuts short (an unquoted comma in a flow mapping, a " #" comment) shows up as a
 * difference instead of being trusted on both sides.
 */
class DataDictionaryTextTest {

    private static final Path MODELS = Path.of("src", "main", "resources", "models");
    private static final Path DICTIONARY = Path.of("..", "docs", "data-dictionary.md");

    private static final Pattern MODEL = Pattern.compile("^  - name: (\\w+)\\s*$");
    private static final Pattern MATERIALIZED = Pattern.compile("^    materialized: (\\w+)\\s*$");
    private static final Pattern MODEL_TEXT = Pattern.compile("^    (description|grain): (.*)$");
    private static final Pattern COLUMN = Pattern.compile("^      - \\{name: (\\w+), description: (.*)\\}\\s*$");

    @Test
    void everyDescriptionInTheDictionaryIsTheWholeYamlText() throws IOException {
        Map<String, String> yaml = yamlTexts();
        Map<String, String> dictionary = dictionaryTexts();

        assertThat(dictionary).as("descriptions read from docs/data-dictionary.md").hasSizeGreaterThan(200);
        List<String> differences = new ArrayList<>();
        yaml.forEach((key, text) -> {
            if (!text.equals(dictionary.get(key))) {
                differences.add(key + "\n    yaml:       " + text + "\n    dictionary: " + dictionary.get(key));
            }
        });
        dictionary.keySet().stream().filter(k -> !yaml.containsKey(k))
                .forEach(k -> differences.add(k + ": in the dictionary, not in the YAML"));
        assertThat(differences).as("descriptions that differ between the model YAML and docs/data-dictionary.md").isEmpty();
    }

    /** "table", "table#grain" and "table.column" of every published model, from the YAML's own lines. */
    static Map<String, String> yamlTexts() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(MODELS)) {
            files = new java.util.ArrayList<>();
            for (Path layer : s.filter(Files::isDirectory).sorted().toList()) {
                // a layer's _models.yml, then the models declared beside their SQL (<model>.yml)
                try (Stream<Path> own = Files.list(layer)) {
                    files.addAll(own.filter(f -> f.getFileName().toString().endsWith(".yml"))
                            .sorted(java.util.Comparator.comparing((Path f) -> !f.getFileName().toString().equals("_models.yml"))
                                    .thenComparing(Path::toString)).toList());
                }
            }
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Map<String, String> model = new LinkedHashMap<>();
            String name = null;
            boolean published = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher m;
                if ((m = MODEL.matcher(line)).matches()) {
                    if (published) {
                        texts.putAll(model);
                    }
                    name = m.group(1);
                    model = new LinkedHashMap<>();
                    published = false;
                } else if ((m = MATERIALIZED.matcher(line)).matches()) {
                    published = !m.group(1).equals("view");
                } else if (name != null && (m = MODEL_TEXT.matcher(line)).matches()) {
                    String value = m.group(2).strip();
                    if (value.startsWith(">") || value.startsWith("|")) {
                        StringBuilder folded = new StringBuilder();
                        while (i + 1 < lines.size() && (lines.get(i + 1).startsWith("      ") || lines.get(i + 1).isBlank())) {
                            folded.append(folded.isEmpty() ? "" : " ").append(lines.get(++i).strip());
                        }
                        value = folded.toString().strip();
                    } else {
                        value = unquoted(value);
                    }
                    model.put(m.group(1).equals("grain") ? name + "#grain" : name, value);
                } else if (name != null && (m = COLUMN.matcher(line)).matches()) {
                    model.put(name + "." + m.group(1), unquoted(m.group(2).strip()));
                }
            }
            if (published) {
                texts.putAll(model);
            }
        }
        return texts;
    }

    private static String unquoted(String raw) {
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            return raw.substring(1, raw.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (raw.length() >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
            return raw.substring(1, raw.length() - 1).replace("''", "'");
        }
        return raw;
    }

    /** The same keys, read back from the generated markdown. */
    static Map<String, String> dictionaryTexts() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        Pattern heading = Pattern.compile("^## (\\w+)$");
        Pattern grain = Pattern.compile("^- Grain: (.*)$");
        Pattern column = Pattern.compile("^\\| `(\\w+)` \\| (.*) \\|$");
        List<String> lines = Files.readAllLines(DICTIONARY, StandardCharsets.UTF_8);
        String table = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m;
            if ((m = heading.matcher(lines.get(i))).matches()) {
                table = m.group(1);
                texts.put(table, lines.get(i + 2).strip());
            } else if (table != null && (m = grain.matcher(lines.get(i))).matches()) {
                texts.put(table + "#grain", m.group(1).strip());
            } else if (table != null && (m = column.matcher(lines.get(i))).matches()) {
                texts.put(table + "." + m.group(1), m.group(2).replace("\\|", "|").strip());
            }
        }
        return texts;
    }
}
