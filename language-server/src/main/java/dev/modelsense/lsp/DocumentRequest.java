package dev.modelsense.lsp;

import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.project.FileSource;
import dev.modelsense.services.ColumnCatalog;
import dev.modelsense.services.DocumentContext;
import dev.modelsense.text.TextDocument;

import java.nio.file.Path;

/**
 * What a feature request about one file sees: the latest snapshot of the file's project (never waiting for a
 * rebuild), the file, and its current text (the open buffer, else the file as the snapshot's file source reads it).
 * Mirrors {@code services.DocumentContext}, which the feature classes take.
 */
public record DocumentRequest(ProjectSnapshot snapshot, Path path, TextDocument document, FileSource files,
                              ColumnCatalog columns) {

    /** The same request as the feature classes take it. */
    public DocumentContext context() {
        return new DocumentContext(snapshot, path, document).withFiles(files).withColumns(columns);
    }
}
