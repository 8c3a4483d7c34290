package dev.modelsense.services;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.lineage.ColumnLineage;
import dev.modelsense.lineage.ColumnRef;
import dev.modelsense.lineage.LineageGraph;
import dev.modelsense.lineage.LineageJson;
import dev.modelsense.lineage.LineagePage;
import dev.modelsense.lineage.LineageView;
import dev.modelsense.lineage.LineageViews;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The editor's lineage features over one shared {@link ColumnLineage} (and its memo): the {@code modelsense/lineage}
 * result for a file, its HTML page, and the column graph around one model for hovers and diagnostics.
 */
public final class Lineage {

    /** Depths used when the request leaves them out. */
    public static final int DEFAULT_UPSTREAM = 2;
    public static final int DEFAULT_DOWNSTREAM = 3;

    private final ColumnLineage lineage;
    private final LineageViews views;

    public Lineage(ColumnLineage lineage) {
        this.lineage = lineage;
        this.views = new LineageViews(lineage);
    }

    public ColumnLineage columnLineage() {
        return lineage;
    }

    /** The model (or seed, snapshot, analysis) a file defines; the first by name when it defines several. */
    public static Optional<ParsedNode> nodeOf(ProjectSnapshot snapshot, Path file) {
        return snapshot.nodesIn(file).stream().filter(ParsedNode::enabled)
                .filter(n -> n.spec().kind() != NodeKind.TEST)
                .min(Comparator.comparing(ParsedNode::uniqueId));
    }

    /** The view around the file's node; empty when the file defines none. */
    public Optional<LineageView> view(ProjectSnapshot snapshot, Path file, Optional<String> column, Integer upstream,
                                      Integer downstream) {
        return nodeOf(snapshot, file).map(node -> views.view(snapshot, new LineageViews.Request(
                Set.of(node.uniqueId()), upstream == null ? DEFAULT_UPSTREAM : upstream,
                downstream == null ? DEFAULT_DOWNSTREAM : downstream, true,
                column.map(c -> new ColumnRef(node.uniqueId(), c)))));
    }

    /** The {@code modelsense/lineage} result: nodes, edges, column edges, and the page when asked for. */
    public Optional<Map<String, Object>> result(ProjectSnapshot snapshot, Path file, Optional<String> column,
                                                Integer upstream, Integer downstream, boolean withHtml) {
        return view(snapshot, file, column, upstream, downstream).map(view -> {
            Map<String, Object> result = LineageJson.tree(view, LspValues::uri);
            if (withHtml) {
                result.put("html", page(snapshot, file, view, column));
            }
            return result;
        });
    }

    public String page(ProjectSnapshot snapshot, Path file, LineageView view, Optional<String> column) {
        Optional<ParsedNode> node = nodeOf(snapshot, file);
        return LineagePage.html(node.map(ParsedNode::name).orElse(file.getFileName().toString()), view,
                LspValues::uri, column.flatMap(c -> node.map(n -> new ColumnRef(n.uniqueId(), c))));
    }

    /** The column graph of one node and whatever its stars need upstream. */
    public LineageGraph around(ProjectSnapshot snapshot, String nodeId) {
        return lineage.build(snapshot, java.util.List.of(nodeId));
    }
}
