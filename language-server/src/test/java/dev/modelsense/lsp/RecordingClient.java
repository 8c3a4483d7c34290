package dev.modelsense.lsp;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.ShowDocumentResult;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An editor that records every message the server sends, in order. Tests wait for a message with
 * {@link #await}: a future that completes when a matching message has arrived (after a {@link #mark()}), so no test
 * sleeps.
 */
final class RecordingClient implements ClientProtocol {

    static final long TIMEOUT_SECONDS = 60;

    private final List<Object> events = new ArrayList<>();
    private final List<Waiter<?>> waiters = new ArrayList<>();

    private record Waiter<T>(Class<T> type, Predicate<T> condition, int from, CompletableFuture<T> future) {
        boolean offer(Object event, int index) {
            if (index >= from && type.isInstance(event) && condition.test(type.cast(event))) {
                future.complete(type.cast(event));
                return true;
            }
            return false;
        }
    }

    /** The number of messages so far: wait for messages after this point. */
    synchronized int mark() {
        return events.size();
    }

    /** The first message of this type matching the condition, at or after {@code from}, waited for up to a minute. */
    <T> T await(Class<T> type, Predicate<T> condition, int from) {
        CompletableFuture<T> future = new CompletableFuture<>();
        synchronized (this) {
            Waiter<T> waiter = new Waiter<>(type, condition, from, future);
            for (int i = from; i < events.size(); i++) {
                if (waiter.offer(events.get(i), i)) {
                    break;
                }
            }
            if (!future.isDone()) {
                waiters.add(waiter);
            }
        }
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("No " + type.getSimpleName() + " matched; got " + describe(), e);
        }
    }

    <T> T await(Class<T> type, Predicate<T> condition) {
        return await(type, condition, 0);
    }

    /** The diagnostics published for {@code uri} that match, at or after {@code from}. */
    List<Diagnostic> awaitDiagnostics(String uri, Predicate<List<Diagnostic>> condition, int from) {
        return await(PublishDiagnosticsParams.class, p -> p.getUri().equals(uri) && condition.test(p.getDiagnostics()),
                from).getDiagnostics();
    }

    /** A status where every project is ready. */
    StatusParams awaitReady(int projects, int from) {
        return await(StatusParams.class, s -> s.projects().size() == projects
                && s.projects().stream().allMatch(p -> p.state().equals("ready")), from);
    }

    synchronized <T> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    synchronized <T> List<T> since(Class<T> type, int from) {
        return events.subList(from, events.size()).stream().filter(type::isInstance).map(type::cast).toList();
    }

    private synchronized String describe() {
        List<String> lines = new ArrayList<>();
        for (Object event : events) {
            String text = String.valueOf(event).replace('\n', ' ');
            lines.add(event.getClass().getSimpleName() + " " + (text.length() > 300 ? text.substring(0, 300) : text));
        }
        return String.join("\n", lines);
    }

    private synchronized void record(Object event) {
        events.add(event);
        int index = events.size() - 1;
        for (Iterator<Waiter<?>> it = waiters.iterator(); it.hasNext(); ) {
            if (it.next().offer(event, index)) {
                it.remove();
            }
        }
    }

    /** A {@code workspace/diagnostic/refresh} request. */
    record DiagnosticsRefresh() {
    }

    @Override
    public CompletableFuture<Void> refreshDiagnostics() {
        record(new DiagnosticsRefresh());
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void status(StatusParams params) {
        record(params);
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        record(diagnostics);
    }

    @Override
    public void notifyProgress(ProgressParams params) {
        record(params);
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        record(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        record(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<ShowDocumentResult> showDocument(ShowDocumentParams params) {
        record(params);
        return CompletableFuture.completedFuture(new ShowDocumentResult(true));
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
