package dev.modelsense.sandbox;

import java.util.Locale;

/** The kinds of relation a sandbox holds. */
public enum RelationKind {
    TABLE, VIEW;

    String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** information_schema's table_type: {@code BASE TABLE}, {@code VIEW}, {@code LOCAL TEMPORARY}. */
    static RelationKind fromTableType(String tableType) {
        return tableType != null && tableType.toUpperCase(Locale.ROOT).contains("VIEW") ? VIEW : TABLE;
    }
}
