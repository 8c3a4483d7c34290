package dev.modelsense.sql;

/**
 * How an output column derives from an upstream column. The first four are ordered from weakest to strongest: a
 * column that passes through a transformation and then an aggregation is aggregated. {@code JOIN} and {@code FILTER}
 * are not derivations of one column but columns that decide which rows every output column holds.
 */
public enum LineageKind {
    PASSED, RENAMED, TRANSFORMED, AGGREGATED, JOIN, FILTER;

    /** The stronger of two derivations, for a column derived through several steps. */
    LineageKind then(LineageKind next) {
        return next.ordinal() > ordinal() ? next : this;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
