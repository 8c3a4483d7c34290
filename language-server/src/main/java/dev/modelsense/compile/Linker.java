package dev.modelsense.compile;

import dev.modelsense.graph.Cycle;
import dev.modelsense.graph.GraphNode;
import dev.modelsense.graph.ModelGraph;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.jinja.RefArgs;
import dev.modelsense.project.ExposureProperties;
import dev.modelsense.project.PropertyFile;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves every enabled node's refs and sources to unique ids, reports the ones that do not resolve at the call in
 * the source, and builds the graph (with sources and exposures). Cycles become one problem per member of the loop.
 */
final class Linker {

    private static final Pattern EXPOSURE_REF = Pattern.compile(
            "ref\\(\\s*['\"]([^'\"]+)['\"]\\s*(?:,\\s*['\"]([^'\"]+)['\"]\\s*)?\\)");
    private static final Pattern EXPOSURE_SOURCE = Pattern.compile(
            "source\\(\\s*['\"]([^'\"]+)['\"]\\s*,\\s*['\"]([^'\"]+)['\"]\\s*\\)");

    /** One node's resolved dependencies and the refs/sources that did not resolve. */
    record LinkedNode(ParsedNode node, List<Problem> problems) {
        boolean unresolved() {
            return !problems.isEmpty();
        }
    }

    /** {@code problems}: cycles, one per member of each loop. */
    record GraphResult(ModelGraph graph, List<Problem> problems) {
    }

    private final NodeIndex index;
    private final java.nio.file.Path root;

    Linker(NodeIndex index, java.nio.file.Path root) {
        this.index = index;
        this.root = root;
    }

    /** Resolves one node's refs and sources; disabled nodes pass through unchanged. */
    LinkedNode linkOne(ParsedNode node) {
        if (!node.enabled()) {
            return new LinkedNode(node, List.of());
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> dependsOn = new LinkedHashSet<>();
        for (RefArgs ref : node.refs()) {
            Lookup<ParsedNode> found = index.ref(ref, node.spec().packageName());
            if (found instanceof Lookup.Found<ParsedNode> hit) {
                dependsOn.add(hit.node().uniqueId());
            } else {
                problems.add(at(node.spec(), "ref", ref.name(),
                        found instanceof Lookup.Disabled<?> ? "ref-disabled" : "ref-unknown",
                        RefMessages.unresolvedRef(node.spec(), ref, found)));
            }
        }
        for (NodeCalls.SourceCall source : node.sources()) {
            Lookup<SourceNode> found = index.source(source.sourceName(), source.tableName(),
                    node.spec().packageName());
            if (found instanceof Lookup.Found<SourceNode> hit) {
                dependsOn.add(hit.node().uniqueId());
            } else {
                problems.add(at(node.spec(), "source", source.sourceName(),
                        found instanceof Lookup.Disabled<?> ? "source-disabled" : "source-unknown",
                        RefMessages.unresolvedSource(node.spec(), source.sourceName(), source.tableName(), found)));
            }
        }
        ParsedNode linked = new ParsedNode(node.spec(), node.config(), true, node.database(), node.schema(),
                node.alias(), node.relationName(), node.refs(), node.sources(), List.copyOf(dependsOn));
        return new LinkedNode(linked, problems);
    }

    /** The graph of linked nodes, sources and exposures, and a problem on each member of every cycle. */
    GraphResult graph(Map<String, ParsedNode> nodes, Map<String, SourceNode> sources, List<PropertyFile> properties,
                      Map<String, Object> latestVersions) {
        List<GraphNode> graphNodes = new ArrayList<>();
        List<Map.Entry<String, String>> edges = new ArrayList<>();
        for (ParsedNode node : nodes.values()) {
            if (node.enabled()) {
                graphNodes.add(graphNode(node));
                node.dependsOn().forEach(parent -> edges.add(new AbstractMap.SimpleEntry<>(parent, node.uniqueId())));
            }
        }
        for (SourceNode source : sources.values()) {
            graphNodes.add(new GraphNode(source.uniqueId(), NodeKind.SOURCE, source.packageName(),
                    source.sourceName() + "." + source.tableName(),
                    List.of(source.packageName(), source.sourceName(), source.tableName()),
                    relativePath(source.properties().file()), new HashSet<>(nonNull(source.properties().tags())),
                    source.properties().config() == null ? Map.of() : source.properties().config(), null,
                    source.enabled()));
        }
        addExposures(properties, graphNodes, edges);
        ModelGraph graph = ModelGraph.build(graphNodes, edges, latestVersions);
        return new GraphResult(graph, cycleProblems(graph, nodes));
    }

    /**
     * The graph after some nodes' dependencies changed: every other node and edge is taken from the previous graph,
     * and loops are looked for only when one can exist (there was one, or an edited node now depends on one of its
     * own descendants).
     */
    GraphResult graphAfterEdit(ModelGraph previous, List<Problem> previousProblems, Map<String, ParsedNode> nodes,
                               List<ParsedNode> edited) {
        List<GraphNode> replaced = new ArrayList<>();
        Map<String, List<String>> newParents = new LinkedHashMap<>();
        for (ParsedNode node : edited) {
            replaced.add(graphNode(node));
            newParents.put(node.uniqueId(), node.dependsOn());
        }
        ModelGraph graph = previous.replacing(replaced, newParents);
        boolean loopPossible = !previousProblems.isEmpty() || edited.stream().anyMatch(node -> {
            Set<String> below = graph.descendants(node.uniqueId(), -1);
            return node.dependsOn().stream().anyMatch(below::contains) || node.dependsOn().contains(node.uniqueId());
        });
        return new GraphResult(graph, loopPossible ? cycleProblems(graph, nodes) : List.of());
    }

    private static List<Problem> cycleProblems(ModelGraph graph, Map<String, ParsedNode> nodes) {
        List<Problem> problems = new ArrayList<>();
        for (Cycle cycle : graph.cycles()) {
            String loop = String.join(" --> ", cycle.uniqueIds()) + " --> " + cycle.uniqueIds().get(0);
            for (String member : cycle.uniqueIds()) {
                ParsedNode node = nodes.get(member);
                if (node != null) {
                    problems.add(Problem.error("dag-cycle", "Found a cycle: " + loop, node.spec().file().path(),
                            node.spec().bodyLine(), 0));
                }
            }
        }
        return problems;
    }

    private void addExposures(List<PropertyFile> properties, List<GraphNode> graphNodes,
                              List<Map.Entry<String, String>> edges) {
        for (PropertyFile file : properties) {
            for (ExposureProperties exposure : file.exposures()) {
                String id = "exposure." + exposure.packageName() + "." + exposure.name();
                graphNodes.add(new GraphNode(id, NodeKind.EXPOSURE, exposure.packageName(), exposure.name(),
                        List.of(exposure.packageName(), exposure.name()), null, Set.of(), Map.of(), null, true));
                for (String dependency : exposure.dependsOn()) {
                    String parent = resolveExposureDependency(dependency, exposure.packageName());
                    if (parent != null) {
                        edges.add(new AbstractMap.SimpleEntry<>(parent, id));
                    }
                }
            }
        }
    }

    private String resolveExposureDependency(String text, String packageName) {
        Matcher ref = EXPOSURE_REF.matcher(text);
        if (ref.find()) {
            RefArgs args = ref.group(2) == null ? new RefArgs(null, ref.group(1), null)
                    : new RefArgs(ref.group(1), ref.group(2), null);
            return index.ref(args, packageName) instanceof Lookup.Found<ParsedNode> hit ? hit.node().uniqueId() : null;
        }
        Matcher source = EXPOSURE_SOURCE.matcher(text);
        if (source.find()) {
            return index.source(source.group(1), source.group(2), packageName) instanceof Lookup.Found<SourceNode> hit
                    ? hit.node().uniqueId() : null;
        }
        return null;
    }

    static GraphNode graphNode(ParsedNode node) {
        return new GraphNode(node.uniqueId(), node.spec().kind(), node.spec().packageName(), node.name(),
                node.spec().fqn(), node.spec().file().originalFilePath(), new HashSet<>(node.tags()), node.config(),
                node.spec().version(), node.enabled());
    }

    private String relativePath(java.nio.file.Path file) {
        if (file == null) {
            return null;
        }
        try {
            return root.relativize(file).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The problem at the first {@code ref('name'} / {@code source('name'} call in the node's text. */
    private static Problem at(NodeSpec spec, String function, String name, String code, String message) {
        Pattern call = Pattern.compile("\\b" + function + "\\s*\\(\\s*(?:['\"][^'\"]*['\"]\\s*,\\s*)?['\"]"
                + Pattern.quote(name) + "['\"]");
        Matcher matcher = call.matcher(spec.rawCode());
        int offset = matcher.find() ? matcher.start() : 0;
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (spec.rawCode().charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Problem.error(code, message, spec.file().path(), spec.bodyLine() + line, offset - lineStart);
    }
}
