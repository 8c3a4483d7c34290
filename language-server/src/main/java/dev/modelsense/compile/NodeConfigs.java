package dev.modelsense.compile;

import dev.modelsense.graph.NodeKind;
import dev.modelsense.project.ConfigMerge;
import dev.modelsense.project.LoadedProject;
import dev.modelsense.project.NodeProperties;
import dev.modelsense.project.VersionProperties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node's final config, layered as dbt's {@code calculate_node_config} does: the config class defaults, the node's
 * own project tree in dbt_project.yml, the properties YAML {@code config:} (and the version's), the node's own
 * {@code config()} calls, and finally — for package nodes — the root project's tree, which wins over everything.
 */
final class NodeConfigs {

    private NodeConfigs() {
    }

    static Map<String, Object> resolve(NodeKind kind, LoadedProject.ProjectConfigLayers projectConfig,
                                       NodeProperties properties, Object version,
                                       List<Map<String, Object>> configCalls) {
        Map<String, Object> config = ConfigMerge.merge(defaults(kind), projectConfig.own());
        if (properties != null && properties.config() != null) {
            config = ConfigMerge.merge(config, properties.config());
        }
        VersionProperties versionProperties = versionOf(properties, version);
        if (versionProperties != null && versionProperties.config() != null) {
            config = ConfigMerge.merge(config, versionProperties.config());
        }
        for (Map<String, Object> call : configCalls) {
            config = ConfigMerge.merge(config, call);
        }
        return ConfigMerge.merge(config, projectConfig.rootOverride());
    }

    static VersionProperties versionOf(NodeProperties properties, Object version) {
        if (properties == null || version == null || properties.versions() == null) {
            return null;
        }
        for (VersionProperties candidate : properties.versions()) {
            if (String.valueOf(candidate.v()).equals(String.valueOf(version))) {
                return candidate;
            }
        }
        return null;
    }

    /** The defaults of dbt's NodeConfig subclasses that Jinja code commonly reads through {@code config.get}. */
    static Map<String, Object> defaults(NodeKind kind) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("enabled", true);
        d.put("tags", new java.util.ArrayList<>());
        d.put("meta", new LinkedHashMap<>());
        d.put("docs", new LinkedHashMap<>(Map.of("show", true)));
        d.put("persist_docs", new LinkedHashMap<>());
        d.put("quoting", new LinkedHashMap<>());
        d.put("column_types", new LinkedHashMap<>());
        d.put("pre-hook", new java.util.ArrayList<>());
        d.put("post-hook", new java.util.ArrayList<>());
        d.put("on_schema_change", "ignore");
        d.put("on_configuration_change", "apply");
        d.put("grants", new LinkedHashMap<>());
        d.put("packages", new java.util.ArrayList<>());
        d.put("contract", new LinkedHashMap<>(Map.of("enforced", false, "alias_types", true)));
        switch (kind) {
            case SEED -> {
                d.put("materialized", "seed");
                d.put("delimiter", ",");
            }
            case SNAPSHOT -> d.put("materialized", "snapshot");
            case TEST -> {
                d.put("materialized", "test");
                d.put("severity", "ERROR");
            }
            default -> {
                d.put("materialized", "view");
                d.put("access", "protected");
            }
        }
        return d;
    }
}
