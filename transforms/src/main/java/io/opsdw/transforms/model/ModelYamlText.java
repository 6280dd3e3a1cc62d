package io.opsdw.transforms.model;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Refuses model YAML whose descriptions would not reach the data dictionary and the DuckDB comments whole. YAML reads
 * {@code {name: x, description: Waste, expired, breakage}} as a description "Waste" plus two stray keys, a plain
 * {@code Cost #2} as "Cost", and {@code yes} or {@code 12} as something other than text; the object mapper then
 * quietly keeps what is left. So the text nodes are checked before binding: every description and grain is a string
 * node, an unquoted one runs to the end of its line (nothing but closing brackets after it), and a column entry has
 * no keys besides {@code name} and {@code description}.
 */
final class ModelYamlText {

    private static final Set<String> TEXT_KEYS = Set.of("description", "grain");
    private static final Set<String> COLUMN_KEYS = Set.of("name", "description");

    private ModelYamlText() {
    }

    /** @throws IllegalArgumentException naming the file, line and model of the first text that would be cut or retyped */
    static void check(String yaml, String file) {
        Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        List<String> lines = yaml.lines().toList();
        Node models = root instanceof MappingNode m ? value(m, "models") : null;
        if (!(models instanceof SequenceNode list)) {
            return; // the binder reports a file without a models list
        }
        for (Node model : list.getValue()) {
            if (!(model instanceof MappingNode entry)) {
                continue;
            }
            String name = text(value(entry, "name"));
            for (NodeTuple t : entry.getValue()) {
                String key = text(t.getKeyNode());
                if (TEXT_KEYS.contains(key)) {
                    checkText(t.getValueNode(), lines, file, "the " + key + " of " + name);
                }
            }
            if (value(entry, "columns") instanceof SequenceNode columns) {
                for (Node column : columns.getValue()) {
                    if (column instanceof MappingNode c) {
                        checkColumn(c, name + "." + text(value(c, "name")), lines, file);
                    }
                }
            }
        }
    }

    private static void checkColumn(MappingNode column, String name, List<String> lines, String file) {
        Node description = value(column, "description");
        if (description != null) {
            checkText(description, lines, file, "the description of " + name);
        }
        for (NodeTuple t : column.getValue()) {
            String key = text(t.getKeyNode());
            if (!COLUMN_KEYS.contains(key)) {
                throw new IllegalArgumentException(file + " line " + line(t.getKeyNode()) + ": column " + name + " has a key '"
                        + key + "' besides name and description (an unquoted comma splits a description into keys): "
                        + "put the description in double quotes");
            }
        }
    }

    private static void checkText(Node node, List<String> lines, String file, String what) {
        if (!(node instanceof ScalarNode scalar) || !Tag.STR.equals(scalar.getTag())) {
            throw new IllegalArgumentException(file + " line " + line(node) + ": " + what + " is read as "
                    + kind(node) + ", not as text: put it in double quotes");
        }
        if (scalar.getScalarStyle() != ScalarStyle.PLAIN) {
            return; // quoted and block scalars end where their quotes or indentation say, never at a comma or a #
        }
        String rest = restOfLine(lines, scalar);
        if (!rest.replace("}", "").replace("]", "").isBlank()) {
            throw new IllegalArgumentException(file + " line " + line(node) + ": " + what + " stops at \"" + scalar.getValue()
                    + "\" but the line goes on with \"" + rest.strip() + "\" (an unquoted comma or \" #\" ends it): "
                    + "put the whole text in double quotes");
        }
    }

    /** The source text after a scalar on the line where it ends. */
    private static String restOfLine(List<String> lines, ScalarNode scalar) {
        int line = scalar.getEndMark().getLine();
        if (line >= lines.size()) {
            return "";
        }
        String text = lines.get(line);
        int column = scalar.getEndMark().getColumn();
        int at = text.offsetByCodePoints(0, Math.min(column, text.codePointCount(0, text.length())));
        return text.substring(at);
    }

    private static String kind(Node node) {
        if (node instanceof ScalarNode s) {
            String tag = s.getTag().getValue();
            return "a " + tag.substring(tag.lastIndexOf(':') + 1) + " (" + (s.getValue().isEmpty() ? "empty" : s.getValue()) + ")";
        }
        return node instanceof MappingNode ? "a mapping" : "a list";
    }

    private static Node value(MappingNode mapping, String key) {
        for (NodeTuple t : mapping.getValue()) {
            if (key.equals(text(t.getKeyNode()))) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static String text(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
