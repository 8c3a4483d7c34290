package dev.modelsense.lsp;

import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.services.LanguageServer;

import java.util.concurrent.CompletableFuture;

/** The server as an editor sees it: a standard LSP server plus Modelsense's own requests. */
public interface ServerProtocol extends LanguageServer {

    /** {@code modelsense/compiledSql}: a model's compiled SQL, how fresh it is, and how it maps to the template. */
    @JsonRequest("modelsense/compiledSql")
    CompletableFuture<CompiledSqlResult> compiledSql(CompiledSqlParams params);

    /** {@code modelsense/lineage}: the model and column graph around a file's model, with ranges and its page. */
    @JsonRequest("modelsense/sandboxRun")
    CompletableFuture<java.util.Map<String, Object>> sandboxRun(SandboxRunParams params);

    @JsonRequest("modelsense/lineage")
    CompletableFuture<java.util.Map<String, Object>> lineage(LineageParams params);
}
