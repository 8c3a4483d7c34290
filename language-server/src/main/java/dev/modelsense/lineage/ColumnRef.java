package dev.modelsense.lineage;

/** One column of one graph node (model, seed, snapshot, source); {@code column} is null for the node as a whole. */
public record ColumnRef(String node, String column) {
}
