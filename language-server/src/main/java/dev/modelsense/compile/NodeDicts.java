package dev.modelsense.compile;

import dev.modelsense.project.ColumnProperties;
import dev.modelsense.project.NodeProperties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Nodes as Jinja sees them ({@code model}, {@code node} in naming macros, {@code graph.nodes}): dbt's field names. */
final class NodeDicts {

    private NodeDicts() {
    }

    static Map<String, Object> of(NodeSpec spec, Map<String, Object> config, RelationNaming.Names names) {
        Map<String, Object> node = new HashMap<>();
        node.put("unique_id", spec.uniqueId());
        node.put("name", spec.name());
        node.put("resource_type", spec.resourceType());
        node.put("package_name", spec.packageName());
        node.put("path", spec.file().resourcePath());
        node.put("original_file_path", spec.file().originalFilePath());
        node.put("fqn", spec.fqn());
        node.put("version", spec.version());
        node.put("config", config);
        node.put("tags", config.getOrDefault("tags", List.of()));
        node.put("raw_code", spec.rawCode());
        node.put("raw_sql", spec.rawCode());
        node.put("language", "sql");
        NodeProperties props = spec.properties();
        node.put("description", props == null || props.description() == null ? "" : props.description());
        node.put("meta", config.getOrDefault("meta", Map.of()));
        node.put("columns", columns(props));
        node.put("patch_path", props == null || props.file() == null ? null
                : spec.packageName() + "://" + props.file().getFileName());
        if (names != null) {
            node.put("database", names.database());
            node.put("schema", names.schema());
            node.put("alias", names.alias());
            node.put("identifier", names.alias());
        }
        return node;
    }

    private static Map<String, Object> columns(NodeProperties props) {
        Map<String, Object> columns = new LinkedHashMap<>();
        if (props == null || props.columns() == null) {
            return columns;
        }
        for (ColumnProperties column : props.columns()) {
            Map<String, Object> c = new HashMap<>();
            c.put("name", column.name());
            c.put("description", column.description() == null ? "" : column.description());
            c.put("data_type", column.dataType());
            c.put("meta", column.meta() == null ? Map.of() : column.meta());
            c.put("quote", column.quote());
            c.put("tags", column.tags() == null ? List.of() : column.tags());
            c.put("constraints", column.constraints() == null ? new ArrayList<>() : column.constraints());
            columns.put(column.name(), c);
        }
        return columns;
    }
}
