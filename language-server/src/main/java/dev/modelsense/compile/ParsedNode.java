package dev.modelsense.compile;

import dev.modelsense.jinja.RefArgs;

import java.util.List;
import java.util.Map;

/**
 * A node after the parse phase: its final config, where it lands in the warehouse, and what it depends on.
 * {@code relationName} is null for ephemeral models (they become CTEs), as in dbt's manifest.
 */
public record ParsedNode(NodeSpec spec, Map<String, Object> config, boolean enabled, String database, String schema,
                         String alias, String relationName, List<RefArgs> refs, List<NodeCalls.SourceCall> sources,
                         List<String> dependsOn) {

    public String uniqueId() {
        return spec.uniqueId();
    }

    public String name() {
        return spec.name();
    }

    public String materialized() {
        Object value = config.get("materialized");
        return value == null ? "view" : value.toString();
    }

    public boolean isEphemeral() {
        return "ephemeral".equals(materialized());
    }

    /** The node's YAML columns; a versioned model's are its version's (include/exclude applied, as dbt does). */
    public List<dev.modelsense.project.ColumnProperties> documentedColumns() {
        var properties = spec.properties();
        if (properties == null) {
            return List.of();
        }
        if (spec.version() != null && properties.versions() != null) {
            for (var version : properties.versions()) {
                if (String.valueOf(version.v()).equals(String.valueOf(spec.version()))) {
                    return version.columns() == null ? List.of() : version.columns();
                }
            }
        }
        return properties.columns() == null ? List.of() : properties.columns();
    }

    /** Whether the node's config enforces a dbt model contract ({@code contract: {enforced: true}}). */
    public boolean contractEnforced() {
        Object contract = config.get("contract");
        if (contract instanceof Map<?, ?> map) {
            Object enforced = map.get("enforced");
            return Boolean.TRUE.equals(enforced) || "true".equalsIgnoreCase(java.util.Objects.toString(enforced, ""));
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    public List<String> tags() {
        Object tags = config.get("tags");
        return tags instanceof List<?> list ? (List<String>) list : List.of();
    }
}
