package dev.modelsense.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers over the plain values YAML produces. */
final class Values {

    private Values() {}

    static Map<String, Object> stringMap(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, value) -> result.put(String.valueOf(key), value));
        return result;
    }

    /** A map value, or an empty map when absent or not a map. */
    static Map<String, Object> mapOrEmpty(Object value) {
        return value instanceof Map<?, ?> map ? stringMap(map) : new LinkedHashMap<>();
    }

    /** dbt's {@code _listify}: a list is copied, anything else becomes a one-element list. */
    static List<Object> listify(Object value) {
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        List<Object> single = new ArrayList<>();
        single.add(value);
        return single;
    }

    /** Deep copy of maps and lists so callers can never alias YAML anchors or each other's configs. */
    static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), deepCopy(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(deepCopy(item)));
            return copy;
        }
        return value;
    }

    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof String text) {
            return "'" + text + "'";
        }
        return value.getClass().getSimpleName().toLowerCase() + " " + value;
    }
}
