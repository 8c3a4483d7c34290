package dev.modelsense.conventions;

import dev.modelsense.sql.ValueType;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads the {@code columns:} section of {@code modelsense.yml}:
 * <pre>
 * columns:
 *   enabled: true            # implied by preset or prefixes
 *   preset: default          # ID, IND, N, AMT, DT, TS, CAT; listed prefixes override or add
 *   separator: "_"
 *   case: upper              # upper | lower | any
 *   prefixes:
 *     IND: {meaning: flag, types: [integer, boolean], tests: [not_null, {accepted_values: {values: [0, 1]}}],
 *           not_aggregated_by: [sum, avg, count]}
 *   subjects:                # a list of words (any level) or a list per level
 *     - [ORDERS, USER]
 *     - [RETURNED, ACTIVE]
 * </pre>
 * Each mistake is reported at its node and skipped; the rest of the section still applies.
 */
public final class ColumnContractConfig {

    private static final Set<String> KEYS = Set.of("enabled", "preset", "separator", "case", "prefixes", "subjects");
    private static final Set<String> PREFIX_KEYS = Set.of("prefix", "meaning", "types", "tests", "data_tests",
            "not_aggregated_by");

    private final BiConsumer<Object, String> error;

    private ColumnContractConfig(BiConsumer<Object, String> error) {
        this.error = error;
    }

    /** The contract a {@code columns:} node describes; {@code error} receives (offending node, message). */
    public static ColumnContract parse(Object value, BiConsumer<Object, String> error) {
        if (value == null) {
            return ColumnContract.disabled();
        }
        if (!(value instanceof MappingNode mapping)) {
            error.accept(value, "'columns' must be a mapping (enabled, preset, separator, case, prefixes, subjects)");
            return ColumnContract.disabled();
        }
        return new ColumnContractConfig(error).contract(mapping);
    }

    private ColumnContract contract(MappingNode mapping) {
        Boolean enabled = null;
        boolean preset = false;
        String separator = "_";
        ColumnContract.LetterCase letterCase = ColumnContract.LetterCase.ANY;
        List<ColumnContract.PrefixRule> listed = null;
        List<Set<String>> levels = List.of();
        Set<String> words = Set.of();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode());
            Node node = tuple.getValueNode();
            switch (key == null ? "" : key) {
                case "enabled" -> enabled = bool(node);
                case "preset" -> {
                    String name = scalar(node);
                    if ("default".equals(name)) {
                        preset = true;
                    } else if (!"none".equals(name)) {
                        error.accept(node, "Unknown preset '" + name + "'; use 'default' or 'none'");
                    }
                }
                case "separator" -> {
                    String text = scalar(node);
                    if (text == null || text.isEmpty()) {
                        error.accept(node, "'separator' must be a non-empty string such as \"_\"");
                    } else {
                        separator = text;
                    }
                }
                case "case" -> letterCase = letterCase(node);
                case "prefixes" -> listed = prefixes(node);
                case "subjects" -> {
                    if (node instanceof SequenceNode sequence && !sequence.getValue().isEmpty()
                            && sequence.getValue().get(0) instanceof SequenceNode) {
                        List<Set<String>> perLevel = new ArrayList<>();
                        sequence.getValue().forEach(level -> perLevel.add(words(level)));
                        levels = perLevel;
                    } else {
                        words = words(node);
                    }
                }
                default -> error.accept(tuple.getKeyNode(), "Unknown key '" + key + "' in 'columns'; expected one of "
                        + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        List<ColumnContract.PrefixRule> prefixes = merged(preset || (listed == null && Boolean.TRUE.equals(enabled)),
                listed == null ? List.of() : listed);
        boolean on = enabled != null ? enabled : preset || listed != null;
        return new ColumnContract(on, separator, letterCase, prefixes, levels, words);
    }

    /** The preset's prefixes with the listed ones replacing those of the same name, then the new ones. */
    private static List<ColumnContract.PrefixRule> merged(boolean preset, List<ColumnContract.PrefixRule> listed) {
        Map<String, ColumnContract.PrefixRule> byName = new LinkedHashMap<>();
        if (preset) {
            ColumnContract.defaultPrefixes().forEach(rule -> byName.put(rule.prefix().toUpperCase(Locale.ROOT), rule));
        }
        listed.forEach(rule -> byName.put(rule.prefix().toUpperCase(Locale.ROOT), rule));
        return List.copyOf(byName.values());
    }

    private ColumnContract.LetterCase letterCase(Node node) {
        String text = scalar(node);
        try {
            return ColumnContract.LetterCase.valueOf(text == null ? "" : text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error.accept(node, "'case' must be upper, lower or any");
            return ColumnContract.LetterCase.ANY;
        }
    }

    private List<ColumnContract.PrefixRule> prefixes(Node node) {
        List<ColumnContract.PrefixRule> rules = new ArrayList<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String name = scalar(tuple.getKeyNode());
                if (name == null || name.isBlank()) {
                    error.accept(tuple.getKeyNode(), "A prefix must be a word such as ID");
                } else {
                    rules.add(prefix(name, tuple.getValueNode()));
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    rules.add(prefix(scalar.getValue(), null));
                } else if (item instanceof MappingNode entry && entryValue(entry, "prefix") != null) {
                    rules.add(prefix(scalar(entryValue(entry, "prefix")), entry));
                } else {
                    error.accept(item, "A prefix entry needs 'prefix:' (e.g. {prefix: ID, types: [string]})");
                }
            }
        } else {
            error.accept(node, "'prefixes' must map each prefix to its rule, e.g. ID: {types: [string, integer]}");
        }
        return rules;
    }

    private ColumnContract.PrefixRule prefix(String name, Node rule) {
        String meaning = "";
        Set<ValueType> types = Set.of();
        List<Fix.ImpliedTest> tests = List.of();
        Set<String> notAggregatedBy = Set.of();
        if (rule instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = scalar(tuple.getKeyNode());
                Node value = tuple.getValueNode();
                switch (key == null ? "" : key) {
                    case "prefix" -> {
                    }
                    case "meaning" -> meaning = scalar(value) == null ? "" : scalar(value);
                    case "types" -> types = types(value);
                    case "tests", "data_tests" -> tests = tests(value);
                    case "not_aggregated_by" -> notAggregatedBy = words(value);
                    default -> error.accept(tuple.getKeyNode(), "Unknown key '" + key + "' for prefix " + name
                            + "; expected one of " + String.join(", ", PREFIX_KEYS.stream().sorted().toList()));
                }
            }
        } else if (rule != null && !(rule instanceof ScalarNode scalar && scalar.getValue().isEmpty())) {
            error.accept(rule, "The rule of prefix " + name + " must be a mapping (meaning, types, tests)");
        }
        return new ColumnContract.PrefixRule(name.toUpperCase(Locale.ROOT), meaning, types, tests,
                notAggregatedBy.stream().map(f -> f.toLowerCase(Locale.ROOT))
                        .collect(java.util.stream.Collectors.toSet()));
    }

    private Set<ValueType> types(Node node) {
        Set<ValueType> types = EnumSet.noneOf(ValueType.class);
        for (Node item : items(node)) {
            String name = scalar(item);
            String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
            switch (lower) {
                case "numeric", "number" -> types.addAll(Set.of(ValueType.INTEGER, ValueType.DECIMAL, ValueType.FLOAT));
                case "any" -> {
                    return Set.of();
                }
                case "string", "text", "varchar" -> types.add(ValueType.STRING);
                case "int", "integer" -> types.add(ValueType.INTEGER);
                case "bool", "boolean" -> types.add(ValueType.BOOLEAN);
                default -> {
                    try {
                        types.add(ValueType.valueOf(lower.toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        error.accept(item, "Unknown type '" + name + "'; use string, integer, decimal, float, numeric,"
                                + " boolean, date, timestamp, time, binary, json or any");
                    }
                }
            }
        }
        return types;
    }

    private List<Fix.ImpliedTest> tests(Node node) {
        List<Fix.ImpliedTest> tests = new ArrayList<>();
        for (Node item : items(node)) {
            if (item instanceof ScalarNode scalar) {
                tests.add(Fix.ImpliedTest.of(scalar.getValue()));
            } else if (item instanceof MappingNode mapping && mapping.getValue().size() == 1) {
                NodeTuple only = mapping.getValue().get(0);
                Object arguments = plain(only.getValueNode());
                if (arguments != null && !(arguments instanceof Map)) {
                    error.accept(only.getValueNode(), "The arguments of a test must be a mapping");
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) arguments;
                tests.add(new Fix.ImpliedTest(scalar(only.getKeyNode()), map));
            } else {
                error.accept(item, "A test is a name (not_null) or a name with arguments"
                        + " ({accepted_values: {values: [0, 1]}})");
            }
        }
        return tests;
    }

    private Set<String> words(Node node) {
        Set<String> words = new LinkedHashSet<>();
        for (Node item : items(node)) {
            String word = scalar(item);
            if (word == null || word.isBlank()) {
                error.accept(item, "Expected a word");
            } else {
                words.add(word);
            }
        }
        return words;
    }

    /** A sequence's items, or a lone scalar as a one-item list. */
    private List<Node> items(Node node) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (node instanceof ScalarNode) {
            return List.of(node);
        }
        error.accept(node, "Expected a list");
        return List.of();
    }

    private Boolean bool(Node node) {
        String text = scalar(node);
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return Boolean.parseBoolean(text);
        }
        error.accept(node, "'enabled' must be true or false");
        return null;
    }

    private static Node entryValue(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (key.equals(scalar(tuple.getKeyNode()))) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    /** A node as plain values (maps, lists, integers, booleans, strings), for test arguments. */
    private static Object plain(Node node) {
        if (node instanceof ScalarNode scalar) {
            String text = scalar.getValue();
            if (scalar.getTag().getValue().endsWith(":int")) {
                try {
                    return Long.parseLong(text) == (int) Long.parseLong(text) ? (Object) Integer.parseInt(text)
                            : (Object) Long.parseLong(text);
                } catch (NumberFormatException e) {
                    return text;
                }
            }
            if (scalar.getTag().getValue().endsWith(":float")) {
                return Double.parseDouble(text);
            }
            if (scalar.getTag().getValue().endsWith(":bool")) {
                return Boolean.parseBoolean(text);
            }
            if (scalar.getTag().getValue().endsWith(":null")) {
                return null;
            }
            return text;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            sequence.getValue().forEach(item -> list.add(plain(item)));
            return list;
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            mapping.getValue().forEach(tuple -> map.put(scalar(tuple.getKeyNode()), plain(tuple.getValueNode())));
            return map;
        }
        return null;
    }
}
