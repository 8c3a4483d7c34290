package dev.modelsense.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a dbt_project.yml config tree ({@code models:}, {@code seeds:} ...) along a node's fqn, as dbt's
 * {@code fqn_search} and {@code _project_configs} do: the top level applies first, then each level named by the
 * next fqn part while it is a mapping. At each level a {@code +key} is a config, and so is a plain key whose
 * value is not a mapping; a plain key holding a mapping is a folder (or package) name.
 */
final class ProjectConfigTree {

    private ProjectConfigTree() {}

    static Map<String, Object> resolve(Map<String, Object> tree, List<String> fqn) {
        Map<String, Object> result = ConfigMerge.merge(new LinkedHashMap<>(), levelConfig(tree));
        Map<String, Object> level = tree;
        for (String part : fqn) {
            if (!(level.get(part) instanceof Map<?, ?> next)) {
                break;
            }
            level = Values.stringMap(next);
            result = ConfigMerge.merge(result, levelConfig(level));
        }
        return result;
    }

    private static Map<String, Object> levelConfig(Map<String, Object> level) {
        Map<String, Object> config = new LinkedHashMap<>();
        level.forEach((key, value) -> {
            if (key.startsWith("+") || !(value instanceof Map)) {
                config.put(key, value);
            }
        });
        return config;
    }

    /** dbt's {@code get_resource_configs}: analyses (and anything without its own tree) use {@code models:}. */
    static Map<String, Object> treeFor(DbtProject project, ResourceType type) {
        return switch (type) {
            case SEED -> project.seeds();
            case SNAPSHOT -> project.snapshots();
            case TEST -> project.tests();
            case MODEL, ANALYSIS -> project.models();
            case MACRO, DOCS -> Map.of();
        };
    }
}
