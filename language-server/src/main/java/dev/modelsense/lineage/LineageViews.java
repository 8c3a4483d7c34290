package dev.modelsense.lineage;

import dev.modelsense.compile.CompiledNode;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.SourceNode;
import dev.modelsense.graph.GraphNode;
import dev.modelsense.graph.ModelGraph;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.project.ColumnProperties;
import dev.modelsense.project.Location;
import dev.modelsense.sql.OutputColumn;
import dev.modelsense.text.LineIndex;
import dev.modelsense.text.Position;
import dev.modelsense.text.Range;
import dev.modelsense.text.SourceMap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Cuts a {@link LineageView} out of a snapshot: the selection, its ancestors and its descendants up to a depth. */
public final class LineageViews {

    /** What to show: selected node ids, depths (-1 = all), columns, and optionally one column to trace. */
    public record Request(Set<String> selected, int upstream, int downstream, boolean columns,
                          Optional<ColumnRef> focus) {
    }

    private final ColumnLineage lineage;

    public LineageViews(ColumnLineage lineage) {
        this.lineage = lineage;
    }

    public LineageView view(ProjectSnapshot snapshot, Request request) {
        ModelGraph graph = snapshot.graph();
        Set<String> included = new LinkedHashSet<>();
        for (String id : request.selected()) {
            if (graph.contains(id)) {
                included.add(id);
                included.addAll(graph.ancestors(id, request.upstream()));
                included.addAll(graph.descendants(id, request.downstream()));
            }
        }
        included.removeIf(id -> graph.node(id).map(n -> n.kind() == NodeKind.TEST).orElse(true));
        LineageGraph columns = request.columns() || request.focus().isPresent()
                ? lineage.build(snapshot, included) : null;
        List<LineageView.Node> nodes = new ArrayList<>();
        List<LineageView.Edge> edges = new ArrayList<>();
        for (String id : included.stream().sorted().toList()) {
            GraphNode node = graph.node(id).orElseThrow();
            nodes.add(node(snapshot, node, columns, request.selected().contains(id)));
            for (String parent : graph.parents(id)) {
                if (included.contains(parent)) {
                    edges.add(new LineageView.Edge(parent, id,
                            graph.node(parent).map(p -> p.kind().resourceType()).orElse("model")));
                }
            }
        }
        List<ColumnEdge> columnEdges = columns == null ? List.of() : columnEdges(columns, included, request);
        return new LineageView(nodes, edges, columnEdges, columns != null);
    }

    private static List<ColumnEdge> columnEdges(LineageGraph graph, Set<String> included, Request request) {
        List<ColumnEdge> edges;
        if (request.focus().isPresent()) {
            edges = new ArrayList<>(graph.upstreamOf(request.focus().get(), request.upstream()));
            edges.addAll(graph.downstreamOf(request.focus().get(), request.downstream()));
        } else {
            edges = new ArrayList<>();
            for (String id : included.stream().sorted().toList()) {
                graph.node(id).ifPresent(node -> edges.addAll(node.inputs()));
            }
        }
        return edges.stream().filter(e -> included.contains(e.from().node()) && included.contains(e.to().node()))
                .distinct().toList();
    }

    private static LineageView.Node node(ProjectSnapshot snapshot, GraphNode node, LineageGraph lineage,
                                         boolean selected) {
        ParsedNode parsed = snapshot.nodes().get(node.uniqueId());
        SourceNode source = snapshot.sources().get(node.uniqueId());
        Optional<Place> place = place(snapshot, node.uniqueId());
        Path file = place.map(Place::file).orElse(null);
        Range range = place.map(Place::range).orElse(null);
        List<LineageView.Column> columns = lineage == null ? List.of()
                : lineage.node(node.uniqueId()).map(c -> columns(snapshot, parsed, source, c)).orElse(List.of());
        String unknown = lineage == null ? null
                : lineage.node(node.uniqueId()).flatMap(NodeColumns::unknownWhy).orElse(null);
        return new LineageView.Node(node.uniqueId(), node.name(), node.kind().resourceType(), file, range, columns,
                selected, unknown);
    }

    /** Each column with where it is defined: its select item in the model, else its YAML entry. */
    private static List<LineageView.Column> columns(ProjectSnapshot snapshot, ParsedNode parsed, SourceNode source,
                                                    NodeColumns columns) {
        List<ColumnProperties> documented = source != null ? source.properties().columns()
                : parsed != null && parsed.spec().properties() != null ? parsed.spec().properties().columns() : null;
        CompiledNode compiled = parsed == null ? null : snapshot.compiled().get(parsed.uniqueId());
        SourceMap map = compiled != null && compiled.renderedSql() != null && !columns.produced().isEmpty()
                ? SourceMap.align(parsed.spec().rawCode(), compiled.renderedSql()) : null;
        LineIndex raw = map == null ? null : LineIndex.of(parsed.spec().rawCode());
        List<LineageView.Column> result = new ArrayList<>();
        for (int i = 0; i < columns.columns().size(); i++) {
            String name = columns.columns().get(i);
            if (map != null && i < columns.produced().size() && columns.produced().get(i).length() > 0) {
                OutputColumn produced = columns.produced().get(i);
                int end = Math.min(produced.offset() + produced.length(), compiled.renderedSql().length());
                Range range = map.toRawRange(Math.min(produced.offset(), end), end, raw);
                int line = parsed.spec().bodyLine();
                result.add(new LineageView.Column(name, parsed.spec().file().path(), Range.of(
                        range.start().line() + line, range.start().character(), range.end().line() + line,
                        range.end().character())));
                continue;
            }
            Optional<Location> yaml = documented == null ? Optional.empty() : documented.stream()
                    .filter(c -> name.equalsIgnoreCase(c.name()) && c.location() != null).findFirst()
                    .map(ColumnProperties::location);
            if (yaml.isPresent()) {
                result.add(new LineageView.Column(name, yaml.get().file(), at(yaml.get())));
            } else {
                result.add(new LineageView.Column(name, parsed == null ? null : parsed.spec().file().path(), null));
            }
        }
        return result;
    }

    /** Where a node is defined: its file, and the start of its body or its YAML entry. */
    public record Place(Path file, Range range) {
    }

    public static Optional<Place> place(ProjectSnapshot snapshot, String nodeId) {
        ParsedNode parsed = snapshot.nodes().get(nodeId);
        if (parsed != null) {
            int line = parsed.spec().bodyLine();
            return Optional.of(new Place(parsed.spec().file().path(), Range.of(line, 0, line, 0)));
        }
        SourceNode source = snapshot.sources().get(nodeId);
        if (source != null && source.properties().location() != null) {
            return Optional.of(new Place(source.properties().location().file(), at(source.properties().location())));
        }
        return snapshot.graph().node(nodeId).map(node -> declaringFile(snapshot, node))
                .map(file -> new Place(file, Range.of(0, 0, 0, 0)));
    }

    /** Exposures and other YAML-only nodes: their file, relative to the root project. */
    private static Path declaringFile(ProjectSnapshot snapshot, GraphNode node) {
        if (node.originalFilePath().isEmpty()) {
            return null;
        }
        return snapshot.project().project(node.packageName())
                .map(project -> project.root().resolve(node.originalFilePath()).normalize()).orElse(null);
    }

    private static Range at(Location location) {
        return Range.empty(new Position(location.line(), location.column()));
    }
}
