package dev.modelsense.sandbox;

/** Where one ref or source of the run points, and why, as {@code dbt --defer --favor-state} decides it. */
public record Resolution(String uniqueId, String name, Place place, String relation) {

    public enum Place {
        /** selected: built into the sandbox by this run */
        SANDBOX_SELECTED,
        /** not selected, but an earlier run built it in this sandbox */
        SANDBOX_EXISTING,
        /** read from production (the defer target or the state manifest) */
        PRODUCTION,
        /** ephemeral: inlined as a CTE */
        INLINED
    }

    public String describe() {
        return switch (place) {
            case SANDBOX_SELECTED -> name + " -> " + relation + " (built in the sandbox)";
            case SANDBOX_EXISTING -> name + " -> " + relation + " (already in the sandbox)";
            case PRODUCTION -> name + " -> " + relation + " (production)";
            case INLINED -> name + " -> inlined CTE (ephemeral)";
        };
    }
}
