package dev.modelsense.compile;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code graph} as Jinja sees it: {@code graph.nodes} and {@code graph.sources} keyed by unique id, dbt's fields. */
final class GraphContext {

    private GraphContext() {
    }

    /** The same graph with these nodes' entries replaced (an edit changed their dependencies). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withNodes(Map<String, Object> graph, Collection<ParsedNode> changed) {
        Map<String, Object> nodeMap = new LinkedHashMap<>((Map<String, Object>) graph.getOrDefault("nodes", Map.of()));
        for (ParsedNode node : changed) {
            nodeMap.put(node.uniqueId(), dict(node));
        }
        Map<String, Object> copy = new HashMap<>(graph);
        copy.put("nodes", java.util.Collections.unmodifiableMap(nodeMap));
        return copy;
    }

    private static Map<String, Object> dict(ParsedNode node) {
        Map<String, Object> dict = NodeDicts.of(node.spec(), node.config(),
                new RelationNaming.Names(node.database(), node.schema(), node.alias()));
        dict.put("relation_name", node.relationName());
        dict.put("depends_on", Map.of("nodes", node.dependsOn(), "macros", java.util.List.of()));
        return dict;
    }

    static Map<String, Object> of(Collection<ParsedNode> nodes, Collection<SourceNode> sources) {
        Map<String, Object> nodeMap = new LinkedHashMap<>();
        for (ParsedNode node : nodes) {
            if (node.enabled()) {
                nodeMap.put(node.uniqueId(), dict(node));
            }
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
        graph.put("nodes", java.util.Collections.unmodifiableMap(nodeMap));
        graph.put("sources", sourceMap);
        graph.put("exposures", new LinkedHashMap<>());
        graph.put("metrics", new LinkedHashMap<>());
        graph.put("groups", new LinkedHashMap<>());
        graph.put("semantic_models", new LinkedHashMap<>());
        return graph;
    }
}
