package dev.modelsense.lsp;

/** {@code modelsense/sandboxRun} parameters: the model's file and how many preview rows to return. */
public record SandboxRunParams(String uri, Integer limit) {
}
