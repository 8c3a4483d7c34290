package dev.modelsense.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The immutable node graph of one project snapshot. Edges point from parent (upstream) to child (downstream).
 * Loops are data ({@link #cycles()}), never an exception; orderings place them deterministically.
 */
public final class ModelGraph {
    private final Map<String, GraphNode> nodes;
    private final Map<String, Set<String>> parents;
    private final Map<String, Set<String>> children;
    private final List<Map.Entry<String, String>> danglingEdges;
    private final Map<String, Object> latestVersions;
    private final Map<String, Object> declaredLatest;
    /** Built on first use: an editor rebuilds the graph on edits and rarely asks for orders or loops. */
    private Derived derived;

    private record Derived(Graph<String, DefaultEdge> graph, List<Cycle> cycles, List<String> topologicalOrder,
                           List<List<String>> layers) {
    }

    private ModelGraph(Map<String, GraphNode> nodes, Map<String, Set<String>> parents,
                       Map<String, Set<String>> children, List<Map.Entry<String, String>> danglingEdges,
                       Map<String, Object> declaredLatest, Map<String, Object> knownLatest) {
        this.nodes = nodes;
        this.parents = parents;
        this.children = children;
        this.danglingEdges = danglingEdges;
        this.declaredLatest = declaredLatest;
        if (knownLatest != null) {
            this.latestVersions = knownLatest;
        } else {
            Map<String, Object> latest = new HashMap<>(ModelVersions.latestByModel(nodes.values()));
            latest.putAll(declaredLatest);
            this.latestVersions = Collections.unmodifiableMap(latest);
        }
    }

    private synchronized Derived derived() {
        if (derived == null) {
            Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
            nodes.keySet().forEach(graph::addVertex);
            children.forEach((parent, kids) -> kids.forEach(child -> graph.addEdge(parent, child)));
            List<String> sortedIds = List.copyOf(nodes.keySet());
            StronglyConnectedComponents components = StronglyConnectedComponents.of(sortedIds, children);
            derived = new Derived(new AsUnmodifiableGraph<>(graph), CycleFinder.find(graph, components, children),
                    GraphOrder.topological(sortedIds, parents, children, components),
                    GraphOrder.layers(parents, components));
        }
        return derived;
    }

    /**
     * Builds the graph. A later node with an already seen unique id replaces the earlier one; edges naming an
     * unknown node are kept aside in {@link #danglingEdges()} rather than failing the build.
     */
    public static ModelGraph build(Collection<GraphNode> nodes,
                                   Collection<Map.Entry<String, String>> parentChildEdges) {
        return build(nodes, parentChildEdges, Map.of());
    }

    /**
     * As {@link #build(Collection, Collection)}, with the {@code latest_version} declared in property YAML for
     * versioned models, keyed by {@code <package>.<model name>}. Models without a declaration take their
     * greatest version, as dbt does.
     */
    public static ModelGraph build(Collection<GraphNode> nodes,
                                   Collection<Map.Entry<String, String>> parentChildEdges,
                                   Map<String, Object> declaredLatestVersions) {
        Map<String, GraphNode> byId = new TreeMap<>();
        for (GraphNode node : nodes) {
            byId.put(node.uniqueId(), node);
        }
        Map<String, Set<String>> parents = new HashMap<>();
        Map<String, Set<String>> children = new HashMap<>();
        List<Map.Entry<String, String>> dangling = new ArrayList<>();
        for (Map.Entry<String, String> edge : parentChildEdges) {
            String parent = edge.getKey();
            String child = edge.getValue();
            if (!byId.containsKey(parent) || !byId.containsKey(child)) {
                dangling.add(Map.entry(String.valueOf(parent), String.valueOf(child)));
                continue;
            }
            children.computeIfAbsent(parent, id -> new TreeSet<>()).add(child);
            parents.computeIfAbsent(child, id -> new TreeSet<>()).add(parent);
        }
        return new ModelGraph(Collections.unmodifiableMap(new LinkedHashMap<>(byId)), freeze(parents),
                freeze(children), List.copyOf(dangling), Map.copyOf(declaredLatestVersions), null);
    }

    /**
     * This graph with some nodes replaced and their parents redrawn, as an edit changes them. Copies the maps but
     * rebuilds only the adjacency of the nodes touched, so an edit costs far less than {@link #build}. Ids that are
     * not nodes of this graph are ignored (a new file means a full build anyway).
     */
    public ModelGraph replacing(Collection<GraphNode> replaced, Map<String, ? extends Collection<String>> newParents) {
        Map<String, GraphNode> byId = new LinkedHashMap<>(nodes);
        Map<String, Set<String>> parentsCopy = new HashMap<>(parents);
        Map<String, Set<String>> childrenCopy = new HashMap<>(children);
        Set<String> touched = new LinkedHashSet<>();
        boolean versioned = false;
        for (GraphNode node : replaced) {
            GraphNode before = nodes.get(node.uniqueId());
            if (before != null) {
                byId.put(node.uniqueId(), node);
                touched.add(node.uniqueId());
                versioned |= before.version() != null || node.version() != null
                        || !ModelVersions.modelKey(before).equals(ModelVersions.modelKey(node));
            }
        }
        List<Map.Entry<String, String>> dangling = new ArrayList<>();
        danglingEdges.stream().filter(edge -> !touched.contains(edge.getValue())).forEach(dangling::add);
        for (String id : touched) {
            for (String oldParent : parents(id)) {
                Set<String> kids = new TreeSet<>(childrenCopy.getOrDefault(oldParent, Set.of()));
                kids.remove(id);
                putOrRemove(childrenCopy, oldParent, kids);
            }
            Set<String> drawn = new TreeSet<>();
            Collection<String> declaredParents = newParents.get(id);
            for (String parent : declaredParents == null ? List.<String>of() : declaredParents) {
                if (!byId.containsKey(parent)) {
                    dangling.add(Map.entry(String.valueOf(parent), id));
                    continue;
                }
                drawn.add(parent);
            }
            putOrRemove(parentsCopy, id, drawn);
        }
        for (String id : touched) {
            for (String parent : parentsCopy.getOrDefault(id, Set.of())) {
                Set<String> kids = new TreeSet<>(childrenCopy.getOrDefault(parent, Set.of()));
                kids.add(id);
                putOrRemove(childrenCopy, parent, kids);
            }
        }
        return new ModelGraph(Collections.unmodifiableMap(byId), Collections.unmodifiableMap(parentsCopy),
                Collections.unmodifiableMap(childrenCopy), List.copyOf(dangling), declaredLatest,
                versioned ? null : latestVersions);
    }

    private static void putOrRemove(Map<String, Set<String>> adjacency, String id, Set<String> ids) {
        if (ids.isEmpty()) {
            adjacency.remove(id);
        } else {
            adjacency.put(id, Collections.unmodifiableSet(new LinkedHashSet<>(ids)));
        }
    }

    public Optional<GraphNode> node(String uniqueId) {
        return Optional.ofNullable(nodes.get(uniqueId));
    }

    /** Every node, disabled ones included, ordered by unique id. */
    public Collection<GraphNode> nodes() {
        return nodes.values();
    }

    public boolean contains(String uniqueId) {
        return nodes.containsKey(uniqueId);
    }

    /** Direct parents, sorted; empty for an unknown id. */
    public Set<String> parents(String uniqueId) {
        return parents.getOrDefault(uniqueId, Set.of());
    }

    /** Direct children, sorted; empty for an unknown id. */
    public Set<String> children(String uniqueId) {
        return children.getOrDefault(uniqueId, Set.of());
    }

    /** Nodes with a path of at most {@code depth} edges to the node (-1 = unlimited); never the node itself. */
    public Set<String> ancestors(String uniqueId, int depth) {
        return around(uniqueId, parents, depth);
    }

    /** Nodes reachable from the node in at most {@code depth} edges (-1 = unlimited); never the node itself. */
    public Set<String> descendants(String uniqueId, int depth) {
        return around(uniqueId, children, depth);
    }

    /** Every elementary loop (within a budget; see {@link CycleFinder}), each once, sorted by first id. */
    public List<Cycle> cycles() {
        return derived().cycles();
    }

    /** Parents before children; nodes on loops (and below them) at the end, deterministically. */
    public List<String> topologicalOrder() {
        return derived().topologicalOrder();
    }

    /** For parallel compile: each layer depends only on earlier layers, except members of one loop. */
    public List<List<String>> layers() {
        return derived().layers();
    }

    /** Edges whose parent or child is not a node of this graph (e.g. a ref to a missing model). */
    public List<Map.Entry<String, String>> danglingEdges() {
        return danglingEdges;
    }

    /** The JGraphT view of the graph, read-only, for algorithms this class does not offer. */
    public Graph<String, DefaultEdge> asGraph() {
        return derived().graph();
    }

    /**
     * The latest version of a versioned model: as declared, else the greatest version among the nodes sharing
     * its package and name, compared as dbt compares versions (numerically when both parse as numbers).
     */
    Optional<Object> latestVersion(GraphNode node) {
        return Optional.ofNullable(latestVersions.get(ModelVersions.modelKey(node)));
    }

    Set<String> reachable(Collection<String> starts, boolean upstream, int depth, Predicate<String> member) {
        return Traversal.reachable(starts, upstream ? parents : children, depth, member);
    }

    private Set<String> around(String uniqueId, Map<String, Set<String>> edges, int depth) {
        if (!nodes.containsKey(uniqueId)) {
            return Set.of();
        }
        Set<String> found = new TreeSet<>(Traversal.reachable(List.of(uniqueId), edges, depth, id -> true));
        found.remove(uniqueId);
        return Collections.unmodifiableSet(found);
    }

    private static Map<String, Set<String>> freeze(Map<String, Set<String>> adjacency) {
        Map<String, Set<String>> frozen = new HashMap<>();
        adjacency.forEach((id, set) -> frozen.put(id, Collections.unmodifiableSet(new LinkedHashSet<>(set))));
        return Collections.unmodifiableMap(frozen);
    }
}
