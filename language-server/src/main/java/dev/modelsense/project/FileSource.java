package dev.modelsense.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where project files come from: the disk, overlaid by open editor buffers in the language server.
 * The only way the engine reads files, so unsaved text always wins.
 */
public interface FileSource {

    /** The file's text, or empty when it does not exist (or is not readable as text). */
    Optional<String> read(Path file);

    /** Regular files below {@code dir} (recursively), sorted; empty when {@code dir} does not exist. */
    List<Path> list(Path dir) throws IOException;

    boolean exists(Path path);
}
