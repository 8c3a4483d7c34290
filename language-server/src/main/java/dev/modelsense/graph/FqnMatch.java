package dev.modelsense.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * dbt's {@code is_selected_node} and {@code QualifiedNameSelectorMethod.node_is_match}: a selector matches the
 * node's name, a dotted prefix of its fqn (package, folders), either with or without the package, and from the
 * first wildcard part on it is an fnmatch pattern over the rest of the dotted fqn.
 */
final class FqnMatch {
    private FqnMatch() {
    }

    static boolean matches(String selector, List<String> fqn, boolean versioned) {
        if (isSelected(fqn, selector, versioned)) {
            return true;
        }
        // match nodes across packages: the fqn without its package
        return !fqn.isEmpty() && isSelected(fqn.subList(1, fqn.size()), selector, versioned);
    }

    static boolean isSelected(List<String> fqn, String selector, boolean versioned) {
        if (fqn.isEmpty()) {
            return false;
        }
        List<String> selectorParts = pythonSplit(selector);
        if (versioned) {
            if (fqn.size() >= 2 && fqn.get(fqn.size() - 2).equals(selector)) {
                return true;
            }
            // a versioned model's last two parts (name, v2) match "name.v2" and "name_v2" alike
            if (String.join("_", lastTwo(fqn)).equals(String.join("_", lastTwo(selectorParts)))) {
                return true;
            }
        } else if (fqn.get(fqn.size() - 1).equals(selector)) {
            return true;
        }
        // dots inside fqn parts act as namespace separators too
        List<String> flatFqn = new ArrayList<>();
        for (String segment : fqn) {
            flatFqn.addAll(pythonSplit(segment));
        }
        if (flatFqn.size() < selectorParts.size()) {
            return false;
        }
        for (int i = 0; i < selectorParts.size(); i++) {
            String part = selectorParts.get(i);
            if (Fnmatch.hasWildcard(part)) {
                return Fnmatch.matches(String.join(".", flatFqn.subList(i, flatFqn.size())),
                        String.join(".", selectorParts.subList(i, selectorParts.size())));
            }
            if (!flatFqn.get(i).equals(part)) {
                return false;
            }
        }
        return true;
    }

    /** Python's {@code str.split(".")}: keeps empty parts. */
    static List<String> pythonSplit(String value) {
        return Arrays.asList(value.split("\\.", -1));
    }

    private static List<String> lastTwo(List<String> parts) {
        return parts.subList(Math.max(0, parts.size() - 2), parts.size());
    }
}
