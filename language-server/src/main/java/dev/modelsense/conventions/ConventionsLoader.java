package dev.modelsense.conventions;

import dev.modelsense.project.LoadedProject;

/** Reads a project's {@code modelsense.yml} (already loaded with the project) over the built-in defaults. */
public final class ConventionsLoader {

    private ConventionsLoader() {
    }

    public static Conventions load(LoadedProject project) {
        return Conventions.defaults();
    }
}
