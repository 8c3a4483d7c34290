package dev.modelsense.project;

import java.util.List;
import java.util.Set;

/**
 * Which values of a property-file entry dbt renders at parse time (port of {@code SchemaYamlRenderer}):
 * descriptions, tests/data_tests and hooks are rendered later, metric and saved-query filters never here.
 * Key paths are relative to one entry of a top-level key ({@code models}, {@code sources} ...).
 */
final class PropertyRenderPolicy {

    private static final Set<String> LATE_KEYS = Set.of("tests", "data_tests", "description", "loaded_at_query");
    private static final Set<String> LATE_CONFIG_KEYS = Set.of("pre_hook", "post_hook", "pre-hook", "post-hook",
            "loaded_at_query");
    private static final Set<String> COLUMN_LIKE = Set.of("columns", "dimensions", "measures", "entities", "metrics");
    private static final Set<String> COLUMN_LATE_KEYS = Set.of("tests", "data_tests", "description");

    private PropertyRenderPolicy() {}

    static boolean shouldRender(String topLevelKey, List<String> keyPath) {
        if (keyPath.isEmpty()) {
            return true;
        }
        String first = keyPath.get(0);
        String last = keyPath.get(keyPath.size() - 1);
        switch (topLevelKey) {
            case "sources" -> {
                if (first.equals("description") || first.equals("loaded_at_query")) {
                    return false;
                }
                if (keyPath.size() >= 2 && first.equals("config") && keyPath.get(1).equals("loaded_at_query")) {
                    return false;
                }
                return !(first.equals("tables") && keyPath.size() > 2 && isLate(keyPath.subList(2, keyPath.size())));
            }
            case "macros" -> {
                if (first.equals("arguments")) {
                    return !isLate(keyPath.subList(1, keyPath.size()));
                }
                return !isLate(keyPath);
            }
            case "metrics" -> {
                boolean filter = last.equals("filter") || keyPath.size() > 1 && keyPath.get(keyPath.size() - 2).equals("filter");
                return !filter && !isLate(keyPath);
            }
            case "saved_queries" -> {
                if (first.equals("query_params") && keyPath.size() > 1 && keyPath.get(1).equals("where")) {
                    return false;
                }
                return !isLate(keyPath);
            }
            default -> {
                if (last.equals("filter") && keyPath.contains("metrics")) {
                    return false;
                }
                return !isLate(keyPath);
            }
        }
    }

    /** dbt's {@code _is_norender_key}. */
    private static boolean isLate(List<String> keyPath) {
        int size = keyPath.size();
        if (size >= 1 && LATE_KEYS.contains(keyPath.get(0))) {
            return true;
        }
        if (size == 2 && LATE_KEYS.contains(keyPath.get(1))) {
            return true;
        }
        if (size >= 2 && keyPath.get(0).equals("config") && LATE_CONFIG_KEYS.contains(keyPath.get(1))) {
            return true;
        }
        if (size == 5 && keyPath.get(4).equals("description")) {
            return true; // versions[i].columns[j].description
        }
        return size >= 3 && COLUMN_LIKE.contains(keyPath.get(0)) && COLUMN_LATE_KEYS.contains(keyPath.get(2));
    }
}
