package dev.modelsense.lsp;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where changed diagnostics go. A client that pulls ({@code textDocument/diagnostic}) gets them kept in
 * {@link DiagnosticReports} and is asked to pull again ({@code workspace/diagnostic/refresh}) when it supports that;
 * any other client gets them pushed ({@code textDocument/publishDiagnostics}). Never both: an editor would show each
 * problem twice.
 */
final class DiagnosticsDelivery {

    private final Supplier<? extends LanguageClient> client;
    private final Function<Path, String> uris;
    private final DiagnosticReports reports;
    private final BooleanSupplier pull;
    private final BooleanSupplier refreshSupported;
    private final ServerLog log;

    /**
     * @param pull             whether the client pulls (decided at initialize)
     * @param refreshSupported whether the client takes {@code workspace/diagnostic/refresh}
     */
    DiagnosticsDelivery(Supplier<? extends LanguageClient> client, Function<Path, String> uris,
                        DiagnosticReports reports, BooleanSupplier pull, BooleanSupplier refreshSupported,
                        ServerLog log) {
        this.client = client;
        this.uris = uris;
        this.reports = reports;
        this.pull = pull;
        this.refreshSupported = refreshSupported;
        this.log = log;
    }

    /**
     * Delivers what the whole project's diagnosis changed.
     *
     * @param changes the files whose diagnostics changed, in the order to deliver them (an empty list where they
     *                cleared)
     */
    void deliver(Path root, Map<Path, List<Diagnostic>> changes) {
        // kept in push mode too, so a client that pulls without having said so is answered, not left waiting
        reports.update(root, changes);
        send(changes);
    }

    /** Delivers what diagnosing some files ahead of the rest of their project (the open ones) changed. */
    void deliverAhead(Map<Path, List<Diagnostic>> changes, Collection<Path> diagnosed) {
        reports.updateAhead(changes, diagnosed);
        send(changes);
    }

    private void send(Map<Path, List<Diagnostic>> changes) {
        if (!pull.getAsBoolean()) {
            changes.forEach((file, diagnostics) -> client.get().publishDiagnostics(
                    new PublishDiagnosticsParams(uris.apply(file), diagnostics)));
        } else if (!changes.isEmpty() && refreshSupported.getAsBoolean()) {
            client.get().refreshDiagnostics().exceptionally(error -> {
                log.warn("The editor refused to refresh diagnostics: " + error.getMessage());
                return null;
            });
        }
    }
}
