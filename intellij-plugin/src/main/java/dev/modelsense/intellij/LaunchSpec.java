package dev.modelsense.intellij;

import java.nio.file.Path;
import java.util.List;

/**
 * How to start the server for one IDE project: the command (Java, JVM arguments, {@code -jar <server> serve}), the
 * folder to start it in, the {@code initializationOptions} JSON, and notes for the server log (candidates passed
 * over, settings ignored).
 */
public record LaunchSpec(List<String> command, Path workingDirectory, String initializationOptions,
                         JavaRuntime java, Path serverJar, List<String> notes) {

    public LaunchSpec {
        command = List.copyOf(command);
        notes = List.copyOf(notes);
    }
}
