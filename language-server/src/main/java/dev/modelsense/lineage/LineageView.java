package dev.modelsense.lineage;

import dev.modelsense.text.Range;

import java.nio.file.Path;
import java.util.List;

/**
 * The part of the lineage a user asked to see: nodes around a selection with their files and ranges for navigation,
 * the model-level edges between them, and (when columns were asked for) the column edges.
 */
public record LineageView(List<Node> nodes, List<Edge> edges, List<ColumnEdge> columnEdges, boolean withColumns) {

    public LineageView {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        columnEdges = List.copyOf(columnEdges);
    }

    /**
     * A graph node; {@code selected} marks the nodes the selection named, {@code file}/{@code range} may be null, and
     * {@code columnsUnknown} says why the query's columns could not be told (a parse error, the time budget ...).
     */
    public record Node(String id, String name, String kind, Path file, Range range, List<Column> columns,
                       boolean selected, String columnsUnknown) {
        public Node {
            columns = List.copyOf(columns);
        }
    }

    public record Column(String name, Path file, Range range) {
    }

    /** {@code from} is a direct parent of {@code to}; the kind is the parent's resource type. */
    public record Edge(String from, String to, String kind) {
    }
}
