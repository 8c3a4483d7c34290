package dev.modelsense.compile;

import java.nio.file.Path;
import java.util.Set;

/**
 * Lets a caller see the files it cares about first: before the project is parsed, the nodes of
 * {@link #priorityFiles()} are compiled against just what they reference and handed over in a partial snapshot, so an
 * editor can show the open file's problems before a large project finishes compiling.
 */
public interface CompileProgress {

    /** Asked once the project is loaded, before its nodes are parsed. */
    Set<Path> priorityFiles();

    /** A partial snapshot: the priority files' nodes compiled, and the nodes they reference (compiling thread). */
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
