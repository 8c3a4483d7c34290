package dev.modelsense.lsp;

import dev.modelsense.compile.CompiledNode;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.Problem;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.text.LineIndex;
import dev.modelsense.text.SourceMap;
import dev.modelsense.text.TextDocument;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The answer to {@code modelsense/compiledSql}: a file's compiled node in its project's latest snapshot, whether the
 * editor buffer moved on since, the node's problems and the raw ↔ compiled source map.
 */
final class CompiledSql {

    /** A file's compiled node and the snapshot it comes from. */
    record Found(ProjectSnapshot snapshot, CompiledNode node) {
    }

    private final Function<Path, Optional<ProjectSnapshot>> snapshots;
    private final OpenDocuments documents;
    private final ProjectDiagnostics diagnostics;

    CompiledSql(Function<Path, Optional<ProjectSnapshot>> snapshots, OpenDocuments documents,
                ProjectDiagnostics diagnostics) {
        this.snapshots = snapshots;
        this.documents = documents;
        this.diagnostics = diagnostics;
    }

    CompiledSqlResult of(Path file) {
        Found found = find(file);
        CompiledNode node = found.node();
        ParsedNode parsed = node.node();
        List<Problem> problems = new ArrayList<>(node.problems());
        found.snapshot().problems().stream().filter(p -> file.equals(p.file())).forEach(problems::add);
        var shown = diagnostics.toDiagnostics(found.snapshot(), file, problems);
        if (node.failed()) {
            return new CompiledSqlResult("", CompiledSqlResult.FAILED, shown, List.of());
        }
        String fileText = parsed.spec().file().text();
        Optional<TextDocument> open = documents.get(file);
        String status = open.isPresent() && !open.get().text().equals(fileText) ? CompiledSqlResult.STALE
                : CompiledSqlResult.UP_TO_DATE;
        int rawBase = offsetOfBody(fileText, parsed.spec().rawCode(), parsed.spec().bodyLine());
        List<CompiledSqlResult.Segment> segments = SourceMap.align(parsed.spec().rawCode(), node.compiledSql())
                .segments().stream()
                .map(s -> new CompiledSqlResult.Segment(rawBase + s.rawStart(), rawBase + s.rawEnd(), s.renderedStart(),
                        s.renderedEnd(), s.verbatim()))
                .toList();
        return new CompiledSqlResult(node.compiledSql(), status, shown, segments);
    }

    /** The compiled node defined in {@code file}; a clear JSON-RPC error when there is none. */
    Found find(Path file) {
        ProjectSnapshot snapshot = snapshots.apply(file).orElseThrow(() -> error(ResponseErrorCode.InvalidParams,
                file + " is not in any dbt project of the workspace, or its project has not compiled yet"));
        List<ParsedNode> nodes = snapshot.nodesIn(file);
        for (ParsedNode parsed : nodes) {
            Optional<CompiledNode> compiled = snapshot.compiledNode(parsed.uniqueId());
            if (compiled.isPresent()) {
                return new Found(snapshot, compiled.get());
            }
        }
        if (!nodes.isEmpty()) {
            throw error(ResponseErrorCode.InvalidParams, nodes.get(0).uniqueId()
                    + " has no compiled SQL (it is disabled, or a seed)");
        }
        throw error(ResponseErrorCode.InvalidParams, file + " defines no model, analysis, test or snapshot");
    }

    /** Offset of a node's raw code in its file: 0 for a model, the block body's start for a snapshot block. */
    private static int offsetOfBody(String fileText, String rawCode, int bodyLine) {
        if (fileText == null || rawCode == null || bodyLine <= 0) {
            return 0;
        }
        LineIndex lines = LineIndex.of(fileText);
        int from = bodyLine < lines.lineCount() ? lines.lineStart(bodyLine) : 0;
        int found = fileText.indexOf(rawCode, Math.max(0, from - 1));
        return Math.max(found, 0);
    }

    static ResponseErrorException error(ResponseErrorCode code, String message) {
        return new ResponseErrorException(new ResponseError(code, message, null));
    }
}
