package dev.modelsense.conventions;

import dev.modelsense.compile.Suggestions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads values out of {@code modelsense.yml}'s YAML nodes, reporting every mistake at the node that holds it (an
 * unknown key with a did-you-mean, a list where a string belongs ...) instead of throwing: a wrong entry is skipped
 * and the rest of the file still applies.
 */
final class ConfigReader {

    private final Consumer<ConfigError> errors;

    ConfigReader(Consumer<ConfigError> errors) {
        this.errors = errors;
    }

    Consumer<ConfigError> errors() {
        return errors;
    }

    void error(Node at, String message) {
        errors.accept(ConfigError.at(at, message));
    }

    /**
     * The entries of a mapping by key (the value nodes, in file order), reporting keys outside {@code allowed}.
     * Empty (with an error) when the node is not a mapping; an empty YAML value counts as an empty mapping.
     */
    Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
        Map<String, Node> entries = new LinkedHashMap<>();
        if (isNull(node)) {
            return entries;
        }
        if (!(node instanceof MappingNode map)) {
            error(node, what + " must be a mapping of " + String.join(", ", sorted(allowed)));
            return entries;
        }
        for (NodeTuple tuple : map.getValue()) {
            String key = keyText(tuple.getKeyNode());
            if (key == null) {
                error(tuple.getKeyNode(), "Keys of " + what + " must be plain names");
            } else if (!allowed.isEmpty() && !allowed.contains(key)) {
                error(tuple.getKeyNode(), "Unknown key '" + key + "' in " + what + "."
                        + Suggestions.didYouMean(key, allowed));
            } else {
                entries.put(key, tuple.getValueNode());
            }
        }
        return entries;
    }

    /** The key nodes of a mapping, for errors about a key rather than its value. */
    static Map<String, Node> keyNodes(Node node) {
        Map<String, Node> keys = new LinkedHashMap<>();
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                String key = keyText(tuple.getKeyNode());
                if (key != null) {
                    keys.put(key, tuple.getKeyNode());
                }
            }
        }
        return keys;
    }

    /** A scalar's text, or empty (with an error) for a list or mapping. */
    Optional<String> string(Node node, String what) {
        if (node instanceof ScalarNode scalar && !isNull(node)) {
            return Optional.of(scalar.getValue());
        }
        error(node, what + " must be a string");
        return Optional.empty();
    }

    /** A list of strings; a single string counts as a list of one. */
    List<String> strings(Node node, String what) {
        List<String> values = new ArrayList<>();
        if (isNull(node)) {
            return values;
        }
        if (node instanceof ScalarNode scalar) {
            values.add(scalar.getValue());
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                string(item, "Each item of " + what).ifPresent(values::add);
            }
        } else {
            error(node, what + " must be a string or a list of strings");
        }
        return values;
    }

    /** A string of a list with the node that holds it, for errors about one item. */
    record Text(String value, Node node) {
    }

    /** Like {@link #strings} but keeping each item's node. */
    List<Text> texts(Node node, String what) {
        List<Text> values = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                string(item, "Each item of " + what).ifPresent(value -> values.add(new Text(value, item)));
            }
        } else if (!isNull(node)) {
            string(node, what + " (a string or a list of strings)").ifPresent(value -> values.add(new Text(value, node)));
        }
        return values;
    }

    /** The items of a list (a lone mapping counts as a list of one). */
    List<Node> items(Node node, String what) {
        if (isNull(node)) {
            return List.of();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (node instanceof MappingNode) {
            return List.of(node);
        }
        error(node, what + " must be a list");
        return List.of();
    }

    Optional<Boolean> bool(Node node, String what) {
        if (node instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
            String text = scalar.getValue().toLowerCase();
            return Optional.of(Set.of("true", "yes", "on", "y").contains(text));
        }
        error(node, what + " must be true or false");
        return Optional.empty();
    }

    Optional<Integer> nonNegativeInt(Node node, String what) {
        if (node instanceof ScalarNode scalar && Tag.INT.equals(scalar.getTag())) {
            try {
                int value = Integer.parseInt(scalar.getValue().replace("_", ""));
                if (value >= 0) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        error(node, what + " must be a whole number, 0 or more");
        return Optional.empty();
    }

    static boolean isNull(Node node) {
        return node == null || Tag.NULL.equals(node.getTag());
    }

    private static String keyText(Node key) {
        return key instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
