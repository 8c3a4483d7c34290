package dev.modelsense.project;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses YAML once into both the node tree (for positions) and plain Java values, with YAML 1.1 semantics
 * like PyYAML's {@code safe_load} (SnakeYAML's default resolver is YAML 1.1: {@code yes}/{@code on} are booleans).
 */
final class YamlText {

    sealed interface Result permits Parsed, Malformed {}

    /** @param root null for an empty document; value is then null too */
    record Parsed(Node root, Object value) implements Result {}

    record Malformed(ProjectProblem problem) implements Result {}

    private YamlText() {}

    static Result parse(Path file, String text) {
        LoaderOptions options = loaderOptions();
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                return new Parsed(null, null);
            }
            Object value = normalize(new ValueConstructor(options).valueOf(root));
            return new Parsed(root, value);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Location location = mark == null ? new Location(file, 0, 0) : new Location(file, mark.getLine(), mark.getColumn());
            return new Malformed(new ProjectProblem(Severity.ERROR, "yaml-syntax", syntaxMessage(e), location));
        } catch (StackOverflowError e) {
            // a recursive alias (&a [*a]) or absurd nesting: PyYAML would build a cyclic object dbt cannot use either
            return new Malformed(new ProjectProblem(Severity.ERROR, "yaml-syntax",
                    "Invalid YAML: recursive or too deeply nested structure", new Location(file, 0, 0)));
        } catch (YAMLException e) {
            return new Malformed(new ProjectProblem(Severity.ERROR, "yaml-syntax",
                    "Invalid YAML: " + e.getMessage(), new Location(file, 0, 0)));
        }
    }

    private static String syntaxMessage(MarkedYAMLException e) {
        StringBuilder message = new StringBuilder("Invalid YAML: ");
        if (e.getContext() != null) {
            message.append(e.getContext()).append(": ");
        }
        message.append(e.getProblem() == null ? "syntax error" : e.getProblem());
        return message.toString();
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // PyYAML keeps the last value
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setMaxAliasesForCollections(10_000);
        options.setNestingDepthLimit(500);
        return options;
    }

    /** Maps get string keys (Python's spelling for non-string keys), collections become mutable copies. */
    static Object normalize(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((key, item) -> result.put(keyText(key), normalize(item)));
            return result;
        }
        if (value instanceof List<?> list) {
            List<Object> result = new ArrayList<>(list.size());
            list.forEach(item -> result.add(normalize(item)));
            return result;
        }
        return value;
    }

    private static String keyText(Object key) {
        if (key == null) {
            return "None";
        }
        if (key instanceof Boolean bool) {
            return bool ? "True" : "False";
        }
        return key.toString();
    }

    /** The value node of {@code key} in a mapping node, or null. */
    static Node child(Node mapping, String key) {
        if (!(mapping instanceof MappingNode map)) {
            return null;
        }
        Node found = null;
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && key.equals(scalar.getValue())) {
                found = tuple.getValueNode(); // last one wins, like the constructed value
            }
        }
        return found;
    }

    /** The key node of {@code key} in a mapping node, or null. */
    static Node keyNode(Node mapping, String key) {
        if (!(mapping instanceof MappingNode map)) {
            return null;
        }
        Node found = null;
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && key.equals(scalar.getValue())) {
                found = tuple.getKeyNode();
            }
        }
        return found;
    }

    static Node item(Node sequence, int index) {
        if (sequence instanceof SequenceNode seq && index < seq.getValue().size()) {
            return seq.getValue().get(index);
        }
        return null;
    }

    static Location location(Path file, Node node) {
        if (node == null) {
            return null;
        }
        Mark mark = node.getStartMark();
        return mark == null ? null : new Location(file, mark.getLine(), mark.getColumn());
    }

    /** SafeConstructor that keeps timestamps as written: PyYAML's date prints as its ISO text, a java.util.Date would not. */
    private static final class ValueConstructor extends SafeConstructor {
        ValueConstructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.TIMESTAMP, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return ((ScalarNode) node).getValue();
                }
            });
        }

        Object valueOf(Node root) {
            return constructDocument(root);
        }
    }
}
