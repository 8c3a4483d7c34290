package dev.modelsense.services;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.lineage.ColumnEdge;
import dev.modelsense.lineage.ColumnRef;
import dev.modelsense.lineage.LineageGraph;
import dev.modelsense.lineage.NodeColumns;
import dev.modelsense.sql.LineageKind;
import dev.modelsense.text.Position;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The hover over a column a model produces: where it comes from, upstream model by model, and how each step derives
 * it, e.g. {@code amount ← int_order_payments.total_amount (transformed) ← stg_payments.amount (aggregated)}.
 */
public final class ColumnOrigins {

    private static final int MAX_DEPTH = 8;
    private static final int MAX_LINES = 40;

    private ColumnOrigins() {
    }

    /** Markdown for the word at the position when it names one of the file's model's output columns. */
    public static Optional<String> hover(Lineage lineage, DocumentContext ctx, Position position) {
        if (ctx.isYaml()) {
            return Optional.empty();
        }
        String word = ctx.document().wordAt(position);
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        Optional<ParsedNode> node = Lineage.nodeOf(ctx.snapshot(), ctx.path());
        if (node.isEmpty()) {
            return Optional.empty();
        }
        LineageGraph graph = lineage.around(ctx.snapshot(), node.get().uniqueId());
        Optional<String> column = graph.node(node.get().uniqueId()).flatMap(n -> n.column(strip(word)));
        return column.map(name -> markdown(graph, new ColumnRef(node.get().uniqueId(), name), node.get().name()));
    }

    static String markdown(LineageGraph graph, ColumnRef column, String modelName) {
        StringBuilder out = new StringBuilder("**column** `").append(column.column()).append("` · ").append(modelName)
                .append("\n\n");
        List<ColumnEdge> inputs = derivations(graph, column);
        if (inputs.isEmpty()) {
            boolean known = graph.node(column.node()).map(NodeColumns::exact).orElse(false);
            return out.append(known ? "_No upstream column: a literal or computed value._"
                    : "_Its origin is not known: the query could not be analysed._").toString();
        }
        out.append("Origin:\n");
        int[] lines = {0};
        chain(graph, column, 0, new HashSet<>(), out, lines);
        return out.toString();
    }

    private static void chain(LineageGraph graph, ColumnRef column, int depth, Set<ColumnRef> seen, StringBuilder out,
                              int[] lines) {
        if (depth >= MAX_DEPTH || !seen.add(column)) {
            return;
        }
        for (ColumnEdge edge : derivations(graph, column)) {
            if (lines[0]++ >= MAX_LINES) {
                out.append("  ".repeat(depth)).append("- …\n");
                return;
            }
            String node = graph.snapshot().graph().node(edge.from().node()).map(n -> n.kind().resourceType() + " "
                    + n.name()).orElse(edge.from().node());
            out.append("  ".repeat(depth)).append("- ← `").append(edge.from().column()).append("` of ").append(node)
                    .append(" (").append(edge.kind().label()).append(")\n");
            chain(graph, edge.from(), depth + 1, seen, out, lines);
        }
    }

    private static List<ColumnEdge> derivations(LineageGraph graph, ColumnRef column) {
        return graph.edgesInto(column).stream()
                .filter(e -> e.kind() != LineageKind.FILTER && e.kind() != LineageKind.JOIN).toList();
    }

    private static String strip(String word) {
        String trimmed = word.strip();
        if (trimmed.length() >= 2 && (trimmed.startsWith("\"") || trimmed.startsWith("`"))) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        int dot = trimmed.lastIndexOf('.');
        return dot >= 0 ? trimmed.substring(dot + 1) : trimmed;
    }
}
