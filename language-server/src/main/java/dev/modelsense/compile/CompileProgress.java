package dev.modelsense.compile;

import java.nio.file.Path;
import java.util.Set;

/**
 * Lets a caller see the files it cares about first: after linking, the nodes of {@link #priorityFiles()} are compiled
 * before the rest and handed over in a partial snapshot, so an editor can show the open file's problems before a
 * large project finishes compiling.
 */
public interface CompileProgress {

    /** Asked once the project is parsed and linked. */
    Set<Path> priorityFiles();

    /** A snapshot whose {@code compiled} map holds only the priority files' nodes (called on the compiling thread). */
    void priorityCompiled(ProjectSnapshot partial);

    CompileProgress NONE = new CompileProgress() {
        @Override
        public Set<Path> priorityFiles() {
            return Set.of();
        }

        @Override
        public void priorityCompiled(ProjectSnapshot partial) {
        }
    };
}
