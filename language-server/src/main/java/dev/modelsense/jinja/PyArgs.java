package dev.modelsense.jinja;

import java.util.List;
import java.util.Map;

/** The arguments of one call from Jinja: positional values, then keyword values, as Python would see them. */
record PyArgs(String function, List<Object> positional, Map<String, Object> keywords) {

    /** The argument named {@code name}, else the positional at {@code index}, else {@code fallback}. */
    Object get(int index, String name, Object fallback) {
        if (keywords.containsKey(name)) {
            return keywords.get(name);
        }
        return index >= 0 && index < positional.size() ? positional.get(index) : fallback;
    }

    boolean has(int index, String name) {
        return keywords.containsKey(name) || (index >= 0 && index < positional.size());
    }

    Object require(int index, String name) {
        if (!has(index, name)) {
            throw new DbtCompilationException(function + "() missing required argument '" + name + "'");
        }
        return get(index, name, null);
    }

    String string(int index, String name, String fallback) {
        Object value = get(index, name, fallback);
        return value == null ? null : PyValues.str(value);
    }

    int size() {
        return positional.size();
    }
}
