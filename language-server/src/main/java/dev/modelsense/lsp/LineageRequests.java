package dev.modelsense.lsp;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.lineage.LineageView;
import dev.modelsense.services.Lineage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** {@code modelsense/lineage} and {@code modelsense.showLineage} against a file's project's latest snapshot. */
final class LineageRequests {

    static final String SHOW_LINEAGE = dev.modelsense.services.CodeLenses.SHOW_LINEAGE;

    private final Function<Path, Optional<ProjectSnapshot>> snapshots;
    private final Lineage lineage;

    LineageRequests(Function<Path, Optional<ProjectSnapshot>> snapshots, Lineage lineage) {
        this.snapshots = snapshots;
        this.lineage = lineage;
    }

    Map<String, Object> lineage(LineageParams params) {
        if (params == null || params.uri() == null) {
            throw Conversions.invalidParams("modelsense/lineage expects {uri, column?, upstream?, downstream?}");
        }
        if (negative(params.upstream()) || negative(params.downstream())) {
            throw Conversions.invalidParams("modelsense/lineage depths must be 0 or more");
        }
        Path file = Conversions.requirePath(params.uri());
        ProjectSnapshot snapshot = snapshotOf(file);
        return lineage.result(snapshot, file, Optional.ofNullable(params.column()), params.upstream(),
                params.downstream(), true).orElseThrow(() -> noModel(file));
    }

    /** Writes the page for the file's model and returns where. */
    Path writePage(Path file) {
        ProjectSnapshot snapshot = snapshotOf(file);
        ParsedNode node = Lineage.nodeOf(snapshot, file).orElseThrow(() -> noModel(file));
        LineageView view = lineage.view(snapshot, file, Optional.empty(), null, null).orElseThrow(() -> noModel(file));
        return LineagePages.write(snapshot, node.name(), lineage.page(snapshot, file, view, Optional.empty()));
    }

    private ProjectSnapshot snapshotOf(Path file) {
        return snapshots.apply(file).orElseThrow(() -> CompiledSql.error(ResponseErrorCode.InvalidParams,
                file + " is in no dbt project the server knows (or its project has not been built yet)"));
    }

    private static boolean negative(Integer depth) {
        return depth != null && depth < 0;
    }

    private static RuntimeException noModel(Path file) {
        return CompiledSql.error(ResponseErrorCode.InvalidParams, file + " defines no model, seed or snapshot");
    }
}
