package dev.modelsense.lineage;

import dev.modelsense.sql.LineageKind;

/**
 * {@code to} derives from {@code from}. For {@link LineageKind#FILTER} and {@link LineageKind#JOIN} edges {@code to}
 * names the whole node ({@code column} null): the upstream column decides which rows it holds.
 */
public record ColumnEdge(ColumnRef from, ColumnRef to, LineageKind kind) {
}
