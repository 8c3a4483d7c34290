package dev.modelsense.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A YAML mapping with its node, read key by key. A key holding the wrong type is reported as a
 * {@code yaml-schema} ERROR at that key and read as absent, so a bad key never aborts the load.
 *
 * @param node nullable when positions are unknown
 * @param path where the mapping sits, for messages (e.g. {@code models[2]})
 */
record YamlEntry(Map<String, Object> values, Node node, Path file, String path, Problems problems) {

    boolean has(String key) {
        return values.containsKey(key);
    }

    Object raw(String key) {
        return values.get(key);
    }

    /** A scalar as text (numbers and booleans included); null when absent. */
    String string(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            schemaError(key, "a string");
            return null;
        }
        return value.toString();
    }

    Map<String, Object> map(String key) {
        Object value = values.get(key);
        if (value == null) {
            return new LinkedHashMap<>();
        }
        if (value instanceof Map<?, ?> map) {
            return Values.stringMap(map);
        }
        schemaError(key, "a mapping");
        return new LinkedHashMap<>();
    }

    List<Object> list(String key) {
        Object value = values.get(key);
        if (value == null) {
            return new ArrayList<>();
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        schemaError(key, "a list");
        return new ArrayList<>();
    }

    /** A list of strings; a single string is accepted as a one-element list, as dbt does for tags. */
    List<String> stringList(String key) {
        Object value = values.get(key);
        if (value instanceof String single) {
            return new ArrayList<>(List.of(single));
        }
        List<String> result = new ArrayList<>();
        for (Object item : list(key)) {
            if (item instanceof Map || item instanceof List || item == null) {
                schemaError(key, "a list of strings");
                return new ArrayList<>();
            }
            result.add(item.toString());
        }
        return result;
    }

    boolean bool(String key) {
        Object value = values.get(key);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        schemaError(key, "a boolean");
        return false;
    }

    /** The mappings under a list-valued key, each paired with its node. Non-mapping items are reported. */
    List<YamlEntry> entries(String key) {
        List<YamlEntry> result = new ArrayList<>();
        List<Object> items = list(key);
        Node listNode = YamlText.child(node, key);
        for (int i = 0; i < items.size(); i++) {
            Node itemNode = YamlText.item(listNode, i);
            String itemPath = childPath(key) + "[" + i + "]";
            if (items.get(i) instanceof Map<?, ?> map) {
                result.add(new YamlEntry(Values.stringMap(map), itemNode, file, itemPath, problems));
            } else {
                Location where = YamlText.location(file, itemNode);
                problems.error("yaml-schema", "'" + itemPath + "' must be a mapping, got "
                        + Values.describe(items.get(i)), where != null ? where : location());
            }
        }
        return result;
    }

    /** Where the value of {@code key} starts, else where this entry starts. */
    Location location(String key) {
        Location at = YamlText.location(file, YamlText.child(node, key));
        return at != null ? at : location();
    }

    Location location() {
        Location at = YamlText.location(file, node);
        return at != null ? at : new Location(file, 0, 0);
    }

    void schemaError(String key, String expected) {
        Location at = YamlText.location(file, YamlText.keyNode(node, key));
        problems.error("yaml-schema", "'" + childPath(key) + "' must be " + expected + ", got "
                + Values.describe(values.get(key)), at != null ? at : location());
    }

    private String childPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
