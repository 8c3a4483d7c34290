package dev.modelsense.lsp;

import dev.modelsense.compile.CompiledNode;
import dev.modelsense.compile.ProjectSnapshot;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a node's compiled SQL where {@code dbt compile} puts it,
 * {@code <project>/<target-path>/compiled/<package>/<original_file_path>}, so the editor can open it as a file.
 */
final class CompiledSqlFiles {

    private CompiledSqlFiles() {
    }

    static Path pathOf(ProjectSnapshot snapshot, CompiledNode node) {
        Path root = snapshot.project().root().root();
        Path compiledRoot = root.resolve(snapshot.project().root().targetPath()).resolve("compiled").normalize();
        Path file = compiledRoot.resolve(node.node().spec().packageName())
                .resolve(node.node().spec().file().originalFilePath()).normalize();
        if (!file.startsWith(compiledRoot)) {
            throw CompiledSql.error(ResponseErrorCode.InvalidParams, node.node().uniqueId()
                    + " lies outside its package, so its compiled SQL has no place under " + compiledRoot);
        }
        return file;
    }

    static Path write(ProjectSnapshot snapshot, CompiledNode node) {
        if (node.failed()) {
            String reason = node.problems().isEmpty() ? "" : ": " + node.problems().get(0).message();
            throw CompiledSql.error(ResponseErrorCode.RequestFailed, node.node().uniqueId() + " did not compile"
                    + reason);
        }
        Path file = pathOf(snapshot, node);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, node.compiledSql(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CompiledSql.error(ResponseErrorCode.RequestFailed, "Cannot write " + file + ": " + e.getMessage());
        }
        return file;
    }
}
