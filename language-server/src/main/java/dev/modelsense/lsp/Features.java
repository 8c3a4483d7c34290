package dev.modelsense.lsp;

import dev.modelsense.compile.ProjectSnapshot;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registration point for language features: a handler per {@link FeatureKey}. Registering a handler is all it
 * takes to advertise its capability and route its requests (on the request executor, against the latest
 * snapshot); an unregistered feature is neither advertised nor answered. For example:
 * <pre>{@code
 * features.onDocument(FeatureKey.HOVER, (request, params, cancel) ->
 *         hovers.hover(new DocumentContext(request.snapshot(), request.path(), request.document()),
 *                 Conversions.position(params.getPosition())));
 * }</pre>
 */
public final class Features {

    /** Answers a request about one document. */
    @FunctionalInterface
    public interface DocumentHandler<P, R> {
        R handle(DocumentRequest request, P params, CancelChecker cancel);
    }

    /** Answers a workspace-wide request from every project's latest snapshot. */
    @FunctionalInterface
    public interface WorkspaceHandler<P, R> {
        R handle(List<ProjectSnapshot> snapshots, P params, CancelChecker cancel);
    }

    private final Map<FeatureKey<?, ?>, Object> handlers = new LinkedHashMap<>();

    public <P, R> Features onDocument(FeatureKey<P, R> key, DocumentHandler<P, R> handler) {
        if (key.isWorkspaceWide()) {
            throw new IllegalArgumentException(key.method() + " is workspace-wide: register it with onWorkspace");
        }
        handlers.put(key, handler);
        return this;
    }

    public <P, R> Features onWorkspace(FeatureKey<P, R> key, WorkspaceHandler<P, R> handler) {
        if (!key.isWorkspaceWide()) {
            throw new IllegalArgumentException(key.method() + " is about a document: register it with onDocument");
        }
        handlers.put(key, handler);
        return this;
    }

    @SuppressWarnings("unchecked")
    <P, R> Optional<DocumentHandler<P, R>> document(FeatureKey<P, R> key) {
        return Optional.ofNullable((DocumentHandler<P, R>) handlers.get(key));
    }

    @SuppressWarnings("unchecked")
    <P, R> Optional<WorkspaceHandler<P, R>> workspace(FeatureKey<P, R> key) {
        return Optional.ofNullable((WorkspaceHandler<P, R>) handlers.get(key));
    }

    /** Advertises every registered feature. */
    void advertise(ServerCapabilities capabilities) {
        handlers.keySet().forEach(key -> key.advertise().accept(capabilities));
    }
}
