package dev.modelsense.lsp;

import dev.modelsense.compile.ProjectSnapshot;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs requests on the request executor, cancellable through LSP4J's cancel checker, against the latest snapshot.
 * A failure the handler did not mean is logged and answered as an InternalError; the server goes on.
 */
final class Requests {

    private final Executor executor;
    private final Features features;
    private final Function<Path, Optional<DocumentRequest>> documents;
    private final Supplier<List<ProjectSnapshot>> snapshots;
    private final ServerLog log;

    Requests(Executor executor, Features features, Function<Path, Optional<DocumentRequest>> documents,
             Supplier<List<ProjectSnapshot>> snapshots, ServerLog log) {
        this.executor = executor;
        this.features = features;
        this.documents = documents;
        this.snapshots = snapshots;
        this.log = log;
    }

    <R> CompletableFuture<R> compute(String method, Function<CancelChecker, R> work) {
        return CompletableFutures.computeAsync(executor, cancel -> {
            try {
                return work.apply(cancel);
            } catch (ResponseErrorException | CancellationException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                log.error(method + " failed", e);
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
                        method + " failed: " + e, null));
            }
        });
    }

    /** A document feature's answer; null when the file is in no project or its project has no snapshot yet. */
    <P, R> CompletableFuture<R> document(FeatureKey<P, R> key, P params) {
        Optional<Features.DocumentHandler<P, R>> handler = features.document(key);
        if (handler.isEmpty()) {
            return unsupported(key);
        }
        return compute(key.method(), cancel -> {
            Path path = Conversions.requirePath(key.uri().apply(params));
            Optional<DocumentRequest> request = documents.apply(path);
            cancel.checkCanceled();
            return request.map(r -> handler.get().handle(r, params, cancel)).orElse(null);
        });
    }

    <P, R> CompletableFuture<R> workspace(FeatureKey<P, R> key, P params) {
        Optional<Features.WorkspaceHandler<P, R>> handler = features.workspace(key);
        if (handler.isEmpty()) {
            return unsupported(key);
        }
        return compute(key.method(), cancel -> handler.get().handle(snapshots.get(), params, cancel));
    }

    private static <R> CompletableFuture<R> unsupported(FeatureKey<?, ?> key) {
        return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                ResponseErrorCode.MethodNotFound, key.method() + " is not supported by this server", null)));
    }
}
