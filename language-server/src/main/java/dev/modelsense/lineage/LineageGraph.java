package dev.modelsense.lineage;

import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.sql.LineageKind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Column lineage over one snapshot: each analysed node's columns and the edges into them. Edges out of a column
 * are indexed on first use. Immutable once built.
 */
public final class LineageGraph {

    private final ProjectSnapshot snapshot;
    private final Map<String, NodeColumns> nodes;
    private final RelationIndex relations;
    private volatile Map<String, List<ColumnEdge>> outgoing;

    LineageGraph(ProjectSnapshot snapshot, Map<String, NodeColumns> nodes, RelationIndex relations) {
        this.snapshot = snapshot;
        this.nodes = Map.copyOf(nodes);
        this.relations = relations;
    }

    RelationIndex relations() {
        return relations;
    }

    public ProjectSnapshot snapshot() {
        return snapshot;
    }

    public Optional<NodeColumns> node(String nodeId) {
        return Optional.ofNullable(nodes.get(nodeId));
    }

    public Collection<NodeColumns> nodes() {
        return nodes.values();
    }

    public int edgeCount() {
        return nodes.values().stream().mapToInt(n -> n.inputs().size()).sum();
    }

    /** Edges into a column (or, for a null column, the filter and join edges into the node). */
    public List<ColumnEdge> edgesInto(ColumnRef column) {
        NodeColumns node = nodes.get(column.node());
        if (node == null) {
            return List.of();
        }
        return node.inputs().stream().filter(edge -> sameColumn(edge.to(), column)).toList();
    }

    /** Edges out of a column into downstream nodes. */
    public List<ColumnEdge> edgesOutOf(ColumnRef column) {
        return outgoing().getOrDefault(key(column), List.of());
    }

    /** Every edge on the paths into a column, nearest first, following derivations only (not filters or joins). */
    public List<ColumnEdge> upstreamOf(ColumnRef column, int depth) {
        return walk(column, depth, true);
    }

    /** Every edge on the paths out of a column, nearest first. */
    public List<ColumnEdge> downstreamOf(ColumnRef column, int depth) {
        return walk(column, depth, false);
    }

    private List<ColumnEdge> walk(ColumnRef start, int depth, boolean up) {
        Set<ColumnEdge> found = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        Deque<ColumnRef> frontier = new ArrayDeque<>(List.of(start));
        seen.add(key(start));
        for (int level = 0; !frontier.isEmpty() && (depth < 0 || level < depth); level++) {
            Deque<ColumnRef> next = new ArrayDeque<>();
            for (ColumnRef column : frontier) {
                for (ColumnEdge edge : up ? edgesInto(column) : edgesOutOf(column)) {
                    if (edge.kind() == LineageKind.FILTER || edge.kind() == LineageKind.JOIN) {
                        continue;
                    }
                    found.add(edge);
                    ColumnRef other = up ? edge.from() : edge.to();
                    if (seen.add(key(other))) {
                        next.add(other);
                    }
                }
            }
            frontier = next;
        }
        return new ArrayList<>(found);
    }

    private Map<String, List<ColumnEdge>> outgoing() {
        Map<String, List<ColumnEdge>> index = outgoing;
        if (index == null) {
            Map<String, List<ColumnEdge>> built = new HashMap<>();
            for (NodeColumns node : nodes.values()) {
                for (ColumnEdge edge : node.inputs()) {
                    built.computeIfAbsent(key(edge.from()), k -> new ArrayList<>()).add(edge);
                }
            }
            outgoing = index = built;
        }
        return index;
    }

    private static boolean sameColumn(ColumnRef a, ColumnRef b) {
        return a.node().equals(b.node()) && (a.column() == null ? b.column() == null
                : b.column() != null && a.column().equalsIgnoreCase(b.column()));
    }

    private static String key(ColumnRef column) {
        return column.node() + "\u0000" + (column.column() == null ? "" : column.column().toLowerCase(Locale.ROOT));
    }
}
