package dev.modelsense.graph;

/**
 * dbt's {@code --indirect-selection}: which tests join a selection because their parents were selected.
 * Exclusion is always {@link #EAGER}: excluding a model excludes every test on it.
 */
public enum IndirectSelection {
    /** A test is selected when any of its parents is (dbt's default). */
    EAGER,
    /** A test is selected only when all of its parents are. */
    CAUTIOUS,
    /** A test is selected when all of its parents are selected or are ancestors of the selection. */
    BUILDABLE,
    /** No test is selected unless selected itself. */
    EMPTY
}
