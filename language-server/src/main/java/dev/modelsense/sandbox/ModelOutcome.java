package dev.modelsense.sandbox;

/** What happened to one selected node. */
public sealed interface ModelOutcome {

    String uniqueId();

    /** Built into the sandbox: {@code how} says what ran, e.g. "table", "incremental merge (delete+insert)". */
    record Built(String uniqueId, String relation, String how, long millis) implements ModelOutcome {
    }

    record Failed(String uniqueId, SandboxError error) implements ModelOutcome {
    }

    /** Not built: inlined as a CTE (ephemeral), or skipped after an earlier failure or cancel. */
    record Skipped(String uniqueId, String reason) implements ModelOutcome {
    }
}
