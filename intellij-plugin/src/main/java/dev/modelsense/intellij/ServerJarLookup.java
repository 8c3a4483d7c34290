package dev.modelsense.intellij;

import java.nio.file.Path;

/** The outcome of looking for the server jar. */
public sealed interface ServerJarLookup {

    /** The jar to run and where it came from ({@code setting}, {@code MODELSENSE_SERVER_JAR} or {@code bundled}). */
    record Found(Path jar, String origin) implements ServerJarLookup {
    }

    record Missing(String message) implements ServerJarLookup {
    }
}
