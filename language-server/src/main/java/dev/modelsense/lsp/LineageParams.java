package dev.modelsense.lsp;

/** {@code modelsense/lineage} parameters: the model file, optionally one of its columns, and depths. */
record LineageParams(String uri, String column, Integer upstream, Integer downstream) {
}
