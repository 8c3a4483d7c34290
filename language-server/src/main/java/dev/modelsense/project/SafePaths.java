package dev.modelsense.project;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Resolves paths written in YAML or the environment, reporting ones the file system cannot represent. */
final class SafePaths {

    private SafePaths() {}

    static Optional<Path> resolve(Path base, String written, Problems problems, Location location) {
        try {
            return Optional.of(base.resolve(written).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            if (problems != null) {
                problems.error("invalid-path", "'" + written + "' is not a valid path: " + e.getReason(), location);
            }
            return Optional.empty();
        }
    }
}
