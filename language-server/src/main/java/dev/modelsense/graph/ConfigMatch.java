package dev.modelsense.graph;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * dbt's {@code ConfigSelectorMethod}: {@code config.a.b:value} descends into the config (attribute, then dict
 * key); a list value matches when it contains the selector, any other value when it equals the selector as a
 * string. {@code true}/{@code false} (any case) also match booleans, and {@code config.severity} compares without
 * case. As in Python, the string "3" does not equal the number 3.
 */
final class ConfigMatch {
    private ConfigMatch() {
    }

    static boolean matches(GraphNode node, List<String> path, String selector) {
        Optional<Object> value = descend(node, path);
        if (value.isEmpty()) {
            return false;
        }
        boolean caseInsensitive = path.equals(List.of("severity"));
        Object found = value.get();
        if (found instanceof Collection<?> items) {
            for (Object item : items) {
                if (sameValue(item, selector, caseInsensitive)) {
                    return true;
                }
            }
            return false;
        }
        return sameValue(found, selector, caseInsensitive);
    }

    private static boolean sameValue(Object value, String selector, boolean caseInsensitive) {
        if (value instanceof String text) {
            return caseInsensitive ? text.equalsIgnoreCase(selector) : text.equals(selector);
        }
        if (value instanceof Boolean flag) {
            return selector.equalsIgnoreCase(flag ? "true" : "false");
        }
        return false;
    }

    private static Optional<Object> descend(GraphNode node, List<String> path) {
        if (path.isEmpty()) {
            return Optional.empty(); // `config:x` names no config key; dbt's comparison with the config fails
        }
        Object current = node.config();
        for (int i = 0; i < path.size(); i++) {
            String key = path.get(i);
            if (current instanceof Map<?, ?> map && map.containsKey(key)) {
                current = map.get(key);
            } else if (i == 0 && key.equals("tags")) {
                current = List.copyOf(node.tags()); // every dbt config has tags, even when the map omits them
            } else if (i == 0 && key.equals("enabled")) {
                current = node.enabled();
            } else {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(current);
    }
}
