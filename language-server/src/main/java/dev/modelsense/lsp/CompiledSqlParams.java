package dev.modelsense.lsp;

/** {@code modelsense/compiledSql} parameters: the model file's URI. */
public record CompiledSqlParams(String uri) {
}
