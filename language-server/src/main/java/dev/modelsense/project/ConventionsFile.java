package dev.modelsense.project;

import java.nio.file.Path;

/**
 * The project's {@code modelsense.yml}: the team's column-name contracts, naming, layer and documentation rules.
 * Read with the project so every check of one snapshot sees the same rules.
 */
public record ConventionsFile(Path path, String text) {

    public static final String FILE_NAME = "modelsense.yml";
}
