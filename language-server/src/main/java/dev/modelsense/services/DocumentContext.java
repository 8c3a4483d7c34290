package dev.modelsense.services;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.project.DbtProject;
import dev.modelsense.project.FileSource;
import dev.modelsense.project.ProjectFile;
import dev.modelsense.text.TextDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a request sees: the latest snapshot of the file's project, the file, and its current (maybe unsaved) text.
 * The snapshot may be older than the text; features read positions from the text and meaning from the snapshot.
 *
 * @param columns where column names come from (YAML and seeds by default; the SQL layer plugs in output columns)
 * @param files   how to read project files the snapshot does not hold (dbt_project.yml for var definitions);
 *                the server passes its buffer overlay, tests may leave it {@link #NO_FILES}
 */
public record DocumentContext(ProjectSnapshot snapshot, Path path, TextDocument document, ColumnCatalog columns,
                              FileSource files) {

    /** A file source that knows no files: features that need one degrade to less precise answers. */
    public static final FileSource NO_FILES = new FileSource() {
        @Override
        public Optional<String> read(Path file) {
            return Optional.empty();
        }

        @Override
        public List<Path> list(Path dir) throws IOException {
            return List.of();
        }

        @Override
        public boolean exists(Path file) {
            return false;
        }
    };

    public DocumentContext {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(document, "document");
        path = path.toAbsolutePath().normalize();
        columns = columns == null ? ColumnCatalog.declared() : columns;
        files = files == null ? NO_FILES : files;
    }

    public DocumentContext(ProjectSnapshot snapshot, Path path, TextDocument document) {
        this(snapshot, path, document, ColumnCatalog.declared(), NO_FILES);
    }

    public DocumentContext withColumns(ColumnCatalog catalog) {
        return new DocumentContext(snapshot, path, document, catalog, files);
    }

    public DocumentContext withFiles(FileSource source) {
        return new DocumentContext(snapshot, path, document, columns, source);
    }

    public String text() {
        return document.text();
    }

    public String uri() {
        return path.toUri().toString();
    }

    public boolean isYaml() {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase();
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }

    /** The package this file belongs to: its project file's package, else the deepest package root holding it. */
    public String packageName() {
        for (ProjectFile file : snapshot.project().files()) {
            if (file.path().equals(path)) {
                return file.packageName();
            }
        }
        String best = snapshot.project().root().name();
        int depth = -1;
        for (DbtProject pkg : snapshot.project().packages()) {
            Path root = pkg.root().toAbsolutePath().normalize();
            if (path.startsWith(root) && root.getNameCount() > depth) {
                best = pkg.name();
                depth = root.getNameCount();
            }
        }
        return best;
    }

    /** The nodes this file defines (a model, or several snapshot blocks). */
    public List<ParsedNode> nodesHere() {
        return snapshot.nodesIn(path);
    }
}
