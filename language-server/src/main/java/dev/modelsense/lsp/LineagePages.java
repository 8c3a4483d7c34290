package dev.modelsense.lsp;

import dev.modelsense.compile.ProjectSnapshot;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a lineage page under {@code <project>/<target-path>/lineage/<model>.html} for the editor to open. */
final class LineagePages {

    private LineagePages() {
    }

    static Path write(ProjectSnapshot snapshot, String modelName, String html) {
        Path root = snapshot.project().root().root();
        Path folder = root.resolve(snapshot.project().root().targetPath()).resolve("lineage").normalize();
        Path file = folder.resolve(modelName.replaceAll("[^A-Za-z0-9_.-]", "_") + ".html");
        try {
            Files.createDirectories(folder);
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CompiledSql.error(ResponseErrorCode.RequestFailed, "Cannot write " + file + ": " + e.getMessage());
        }
        return file;
    }
}
