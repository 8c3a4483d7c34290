package dev.modelsense.lsp;

import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.services.LanguageClient;

/** The editor as the server sees it: a standard LSP client plus Modelsense's own notifications. */
public interface ClientProtocol extends LanguageClient {

    /** {@code modelsense/status}: every project's build state, sent after each build. */
    @JsonNotification("modelsense/status")
    void status(StatusParams params);
}
