package dev.modelsense.services;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.graph.GraphNode;
import dev.modelsense.graph.ModelGraph;
import dev.modelsense.graph.NodeKind;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lenses on the first line of a model file: show its compiled SQL, run it in the developer's sandbox, and its
 * lineage with the count of upstream and downstream nodes (tests left out: they are checks, not lineage).
 */
public final class CodeLenses {

    public static final String SHOW_COMPILED_SQL = "modelsense.showCompiledSql";
    public static final String RUN_IN_SANDBOX = "modelsense.runInSandbox";
    public static final String SHOW_LINEAGE = "modelsense.showLineage";

    private CodeLenses() {
    }

    public static List<CodeLens> of(DocumentContext ctx) {
        try {
            Optional<ParsedNode> model = ctx.nodesHere().stream()
                    .filter(n -> n.spec().kind() == NodeKind.MODEL).findFirst();
            if (model.isEmpty()) {
                return List.of();
            }
            String uri = ctx.uri();
            ModelGraph graph = ctx.snapshot().graph();
            String id = model.get().uniqueId();
            long upstream = count(graph, graph.ancestors(id, -1));
            long downstream = count(graph, graph.descendants(id, -1));
            return List.of(
                    lens("Show compiled SQL", SHOW_COMPILED_SQL, uri),
                    lens("Run in my sandbox", RUN_IN_SANDBOX, uri),
                    lens(upstream + " upstream / " + downstream + " downstream", SHOW_LINEAGE, uri));
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static long count(ModelGraph graph, Set<String> ids) {
        return ids.stream().map(graph::node).flatMap(Optional::stream).map(GraphNode::kind)
                .filter(kind -> kind != NodeKind.TEST).count();
    }

    private static CodeLens lens(String title, String command, String uri) {
        return new CodeLens(LspValues.point(0, 0), new Command(title, command, List.of(uri)), null);
    }
}
