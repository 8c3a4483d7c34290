package dev.modelsense.lineage;

import dev.modelsense.compile.CompiledNode;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.Problem;
import dev.modelsense.project.Severity;
import dev.modelsense.sql.ColumnUse;
import dev.modelsense.text.LineIndex;
import dev.modelsense.text.Range;
import dev.modelsense.text.SourceMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The impact of removing or renaming a column: every downstream reference to an upstream column the upstream no
 * longer produces becomes a problem at the reference, in the downstream model's file, whether it is open or not.
 * Only upstreams whose columns are exact (an analysed query, a seed header) count; YAML may be incomplete.
 */
public final class ColumnImpact {

    public static final String CODE = "column-removed-upstream";

    private ColumnImpact() {
    }

    /** Problems for every analysed node of the graph. */
    public static List<Problem> problems(LineageGraph graph) {
        List<Problem> problems = new ArrayList<>();
        graph.nodes().forEach(node -> problems.addAll(problems(graph, node.nodeId())));
        return problems;
    }

    /** Problems for the uses in one node. */
    public static List<Problem> problems(LineageGraph graph, String nodeId) {
        Optional<NodeColumns> node = graph.node(nodeId);
        ParsedNode parsed = graph.snapshot().nodes().get(nodeId);
        CompiledNode compiled = graph.snapshot().compiled().get(nodeId);
        if (node.isEmpty() || parsed == null || compiled == null || compiled.renderedSql() == null
                || node.get().uses().isEmpty()) {
            return List.of();
        }
        RelationIndex relations = graph.relations();
        List<Problem> problems = new ArrayList<>();
        SourceMap map = null;
        for (ColumnUse use : node.get().uses()) {
            Optional<NodeColumns> upstream = relations.nodeOf(use.relation()).flatMap(graph::node);
            if (upstream.isEmpty() || !upstream.get().exact() || upstream.get().column(use.column()).isPresent()) {
                continue;
            }
            if (map == null) {
                map = SourceMap.align(parsed.spec().rawCode(), compiled.renderedSql());
            }
            problems.add(problem(graph, parsed, compiled, map, use, upstream.get()));
        }
        return problems;
    }

    private static Problem problem(LineageGraph graph, ParsedNode node, CompiledNode compiled, SourceMap map, ColumnUse use,
                                   NodeColumns upstream) {
        String sql = compiled.renderedSql();
        int start = Math.min(use.offset(), sql.length());
        int end = Math.min(start + Math.max(1, use.length()), sql.length());
        Range range = map.toRawRange(start, end, LineIndex.of(node.spec().rawCode()));
        String upstreamName = graph.snapshot().graph().node(upstream.nodeId()).map(n -> n.name())
                .orElse(upstream.nodeId());
        return new Problem(CODE, Severity.ERROR, "Column '" + use.column() + "' is not produced by '" + upstreamName
                + "' (removed or renamed upstream); it produces: " + String.join(", ", upstream.columns()),
                node.spec().file().path(), node.spec().bodyLine() + range.start().line(), range.start().character(),
                List.of());
    }
}
