package dev.modelsense.compile;

/** The answer to a {@code ref()} or {@code source()} lookup. */
public sealed interface Lookup<T> {

    record Found<T>(T node) implements Lookup<T> {
    }

    /** The name exists but every match is disabled. */
    record Disabled<T>(String uniqueId) implements Lookup<T> {
    }

    /** Nothing by that name; {@code suggestion} is the closest existing name or null. */
    record Missing<T>(String suggestion) implements Lookup<T> {
    }
}
