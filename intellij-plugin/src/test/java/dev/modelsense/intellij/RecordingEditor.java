package dev.modelsense.intellij;

import com.google.gson.JsonObject;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.ShowDocumentResult;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.services.LanguageClient;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An editor that accepts what LSP4IJ accepts (progress, showDocument, registrations) and records every message the
 * server sends. {@link #await} completes when a matching message has arrived, so no test sleeps.
 */
final class RecordingEditor implements LanguageClient {

    static final long TIMEOUT_SECONDS = 90;

    private final List<Object> events = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();

    <T> T await(Class<T> type, Predicate<T> condition) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Runnable check = () -> first(type, condition).ifPresent(future::complete);
        synchronized (this) {
            listeners.add(check);
            check.run();
        }
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("No " + type.getSimpleName() + " matched; the server sent: " + describe(), e);
        } finally {
            synchronized (this) {
                listeners.remove(check);
            }
        }
    }

    synchronized <T> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private synchronized <T> java.util.Optional<T> first(Class<T> type, Predicate<T> condition) {
        return events.stream().filter(type::isInstance).map(type::cast).filter(condition).findFirst();
    }

    synchronized String describe() {
        StringBuilder text = new StringBuilder();
        for (Object event : events) {
            String line = String.valueOf(event).replace('\n', ' ');
            text.append('\n').append(event.getClass().getSimpleName()).append(' ')
                    .append(line, 0, Math.min(line.length(), 300));
        }
        return text.toString();
    }

    private synchronized void record(Object event) {
        events.add(event);
        List.copyOf(listeners).forEach(Runnable::run);
    }

    /** Modelsense's build status; LSP4IJ ignores it, a test uses it to know the project is compiled. */
    @JsonNotification("modelsense/status")
    public void status(JsonObject params) {
        record(params);
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        record(diagnostics);
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        record(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void notifyProgress(ProgressParams params) {
        record(params);
    }

    @Override
    public CompletableFuture<ShowDocumentResult> showDocument(ShowDocumentParams params) {
        record(params);
        return CompletableFuture.completedFuture(new ShowDocumentResult(true));
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        record(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
        record(message);
    }

    @Override
    public void showMessage(MessageParams message) {
        record(message);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
        record(request);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void telemetryEvent(Object object) {
        record(object);
    }
}
