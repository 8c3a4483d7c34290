package dev.modelsense.lineage;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.modelsense.text.Range;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link LineageView} in the shape of the {@code modelsense/lineage} result: {@code nodes}, {@code edges} and
 * {@code columnEdges}. Files are written by a caller-chosen function: URIs for editors, relative paths for golden files.
 */
public final class LineageJson {

    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();

    private LineageJson() {
    }

    public static String pretty(LineageView view, Function<Path, String> uris) {
        return PRETTY.toJson(tree(view, uris));
    }

    public static String compact(LineageView view, Function<Path, String> uris) {
        return COMPACT.toJson(tree(view, uris));
    }

    /** Plain maps and lists, for callers that embed the result in a larger message. */
    public static Map<String, Object> tree(LineageView view, Function<Path, String> uris) {
        List<Object> nodes = new ArrayList<>();
        for (LineageView.Node node : view.nodes()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", node.id());
            json.put("name", node.name());
            json.put("kind", node.kind());
            putLocation(json, node.file(), node.range(), uris);
            if (node.selected()) {
                json.put("selected", true);
            }
            if (view.withColumns()) {
                List<Object> columns = new ArrayList<>();
                for (LineageView.Column column : node.columns()) {
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("name", column.name());
                    putLocation(c, column.file(), column.range(), uris);
                    columns.add(c);
                }
                json.put("columns", columns);
                if (node.columnsUnknown() != null) {
                    json.put("columnsUnknown", node.columnsUnknown());
                }
            }
            nodes.add(json);
        }
        List<Object> edges = new ArrayList<>();
        for (LineageView.Edge edge : view.edges()) {
            edges.add(ordered("from", edge.from(), "to", edge.to(), "kind", edge.kind()));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("nodes", nodes);
        result.put("edges", edges);
        if (view.withColumns()) {
            List<Object> columnEdges = new ArrayList<>();
            for (ColumnEdge edge : view.columnEdges()) {
                columnEdges.add(ordered("from", ref(edge.from()), "to", ref(edge.to()), "kind", edge.kind().label()));
            }
            result.put("columnEdges", columnEdges);
        }
        return result;
    }

    private static void putLocation(Map<String, Object> json, Path file, Range range, Function<Path, String> uris) {
        if (file != null) {
            json.put("uri", uris.apply(file));
            if (range != null) {
                json.put("range", ordered("start", position(range.start().line(), range.start().character()),
                        "end", position(range.end().line(), range.end().character())));
            }
        }
    }

    private static Map<String, Object> position(int line, int character) {
        return ordered("line", line, "character", character);
    }

    private static Map<String, Object> ref(ColumnRef ref) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("node", ref.node());
        if (ref.column() != null) {
            json.put("column", ref.column());
        }
        return json;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
