package dev.modelsense.cli;

import dev.modelsense.compile.CompiledNode;
import dev.modelsense.compile.ProjectSnapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes compiled SQL where dbt does: {@code <project>/<target-path>/compiled/<package>/<original_file_path>}. */
final class CompiledOutput {

    private final Path compiledRoot;

    CompiledOutput(ProjectSnapshot snapshot) {
        Path root = snapshot.project().root().root();
        this.compiledRoot = root.resolve(snapshot.project().root().targetPath()).resolve("compiled").normalize();
    }

    Path compiledRoot() {
        return compiledRoot;
    }

    Path pathOf(CompiledNode node) {
        return compiledRoot.resolve(node.node().spec().packageName())
                .resolve(node.node().spec().file().originalFilePath()).normalize();
    }

    void write(CompiledNode node) {
        Path file = pathOf(node);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, node.compiledSql(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
