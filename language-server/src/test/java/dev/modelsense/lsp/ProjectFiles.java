package dev.modelsense.lsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small dbt projects (a duckdb profile in the project folder) for protocol tests. */
final class ProjectFiles {

    private final Path root;

    private ProjectFiles(Path root) {
        this.root = root;
    }

    /** A project named {@code name} at {@code root}. */
    static ProjectFiles create(Path root, String name) {
        ProjectFiles project = new ProjectFiles(root);
        project.write("dbt_project.yml", "name: " + name + "\nprofile: " + name + "\n");
        project.write("profiles.yml", name + """
                :
                  target: dev
                  outputs:
                    dev:
                      type: duckdb
                      path: target/dev.duckdb
                      schema: main
                """);
        return project;
    }

    Path root() {
        return root;
    }

    Path write(String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toAbsolutePath().normalize();
    }

    Path path(String relative) {
        return root.resolve(relative).toAbsolutePath().normalize();
    }
}
