package dev.modelsense.lineage;

import java.util.HashMap;
import java.util.Map;

/** A {@link LineageView} as Graphviz DOT or a Mermaid flowchart, left to right, one record per node. */
public final class LineageText {

    private LineageText() {
    }

    public static String dot(LineageView view) {
        StringBuilder out = new StringBuilder("digraph lineage {\n  rankdir=LR;\n  node [shape=record, fontname=\"Helvetica\"];\n");
        for (LineageView.Node node : view.nodes()) {
            StringBuilder label = new StringBuilder(dotEscape(node.kind() + ": " + node.name()));
            if (view.withColumns()) {
                for (LineageView.Column column : node.columns()) {
                    label.append("|<").append(port(column.name())).append("> ").append(dotEscape(column.name()));
                }
            }
            out.append("  \"").append(node.id()).append("\" [label=\"{").append(label).append("}\"")
                    .append(node.selected() ? ", style=bold" : "").append("];\n");
        }
        for (LineageView.Edge edge : view.edges()) {
            out.append("  \"").append(edge.from()).append("\" -> \"").append(edge.to()).append("\";\n");
        }
        for (ColumnEdge edge : view.columnEdges()) {
            out.append("  \"").append(edge.from().node()).append('"').append(edge.from().column() == null ? ""
                            : ":" + port(edge.from().column())).append(" -> \"").append(edge.to().node()).append('"')
                    .append(edge.to().column() == null ? "" : ":" + port(edge.to().column()))
                    .append(" [style=dashed, label=\"").append(edge.kind().label()).append("\"];\n");
        }
        return out.append("}\n").toString();
    }

    public static String mermaid(LineageView view) {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        Map<String, String> ids = new HashMap<>();
        for (LineageView.Node node : view.nodes()) {
            String id = "n" + ids.size();
            ids.put(node.id(), id);
            StringBuilder label = new StringBuilder(node.kind() + ": " + node.name());
            if (view.withColumns() && !node.columns().isEmpty()) {
                label.append("<br/>");
                node.columns().forEach(c -> label.append("<br/>").append(c.name()));
            }
            out.append("  ").append(id).append("[\"").append(label.toString().replace("\"", "#quot;")).append("\"]\n");
        }
        for (LineageView.Edge edge : view.edges()) {
            out.append("  ").append(ids.get(edge.from())).append(" --> ").append(ids.get(edge.to())).append('\n');
        }
        for (ColumnEdge edge : view.columnEdges()) {
            String text = (edge.from().column() == null ? "" : edge.from().column()) + " → "
                    + (edge.to().column() == null ? "rows" : edge.to().column()) + " (" + edge.kind().label() + ")";
            out.append("  ").append(ids.get(edge.from().node())).append(" -.->|\"")
                    .append(text.replace("\"", "#quot;")).append("\"| ").append(ids.get(edge.to().node())).append('\n');
        }
        return out.toString();
    }

    private static String port(String column) {
        return "c_" + column.replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static String dotEscape(String text) {
        return text.replaceAll("([{}|<>\"\\\\])", "\\\\$1");
    }
}
