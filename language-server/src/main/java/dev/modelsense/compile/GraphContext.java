package dev.modelsense.compile;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code graph} as Jinja sees it: {@code graph.nodes} and {@code graph.sources} keyed by unique id, dbt's fields. */
final class GraphContext {

    private GraphContext() {
    }

    static Map<String, Object> of(Collection<ParsedNode> nodes, Collection<SourceNode> sources) {
        Map<String, Object> nodeMap = new LinkedHashMap<>();
        for (ParsedNode node : nodes) {
            if (!node.enabled()) {
                continue;
            }
            Map<String, Object> dict = NodeDicts.of(node.spec(), node.config(),
                    new RelationNaming.Names(node.database(), node.schema(), node.alias()));
            dict.put("relation_name", node.relationName());
            dict.put("depends_on", Map.of("nodes", node.dependsOn(), "macros", java.util.List.of()));
            nodeMap.put(node.uniqueId(), dict);
        }
        Map<String, Object> sourceMap = new LinkedHashMap<>();
        for (SourceNode source : sources) {
            Map<String, Object> dict = new HashMap<>();
            dict.put("unique_id", source.uniqueId());
            dict.put("resource_type", "source");
            dict.put("package_name", source.packageName());
            dict.put("source_name", source.sourceName());
            dict.put("name", source.tableName());
            dict.put("identifier", source.identifier());
            dict.put("database", source.database());
            dict.put("schema", source.schema());
            dict.put("relation_name", source.relationName());
            dict.put("description", source.properties().description() == null ? "" : source.properties().description());
            dict.put("meta", source.properties().meta() == null ? Map.of() : source.properties().meta());
            sourceMap.put(source.uniqueId(), dict);
        }
        Map<String, Object> graph = new HashMap<>();
        graph.put("nodes", nodeMap);
        graph.put("sources", sourceMap);
        graph.put("exposures", new LinkedHashMap<>());
        graph.put("metrics", new LinkedHashMap<>());
        graph.put("groups", new LinkedHashMap<>());
        graph.put("semantic_models", new LinkedHashMap<>());
        return graph;
    }
}
