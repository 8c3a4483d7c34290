package dev.modelsense.lsp;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedUnchangedDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceUnchangedDocumentDiagnosticReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The diagnostics a pull client asks for ({@code textDocument/diagnostic}, {@code workspace/diagnostic}): the latest
 * diagnostics of every file that ever had some, each under a result id that changes exactly when they change, so a
 * client holding the current id gets an "unchanged" report. A file that never had diagnostics reports the one id of
 * "nothing".
 *
 * <p>A request for a file whose project has not been built yet waits for the first build that covers the file.
 */
final class DiagnosticReports {

    private record Entry(String resultId, List<Diagnostic> diagnostics) {
    }

    private record Waiter(Path root, Path file, String previousResultId,
                          CompletableFuture<DocumentDiagnosticReport> report) {
    }

    /** Ids from an earlier server process never match ours. */
    private final String session = UUID.randomUUID().toString().substring(0, 8);
    private final String nothing = session + ":0";
    private final Map<Path, Entry> entries = new LinkedHashMap<>();
    /** Projects that finished a build (or gave up on one): their files answer at once. */
    private final Set<Path> settledRoots = new HashSet<>();
    /** Files published ahead of their project's first full build (the open ones, compiled first). */
    private final Set<Path> settledFiles = new HashSet<>();
    private final List<Waiter> waiters = new ArrayList<>();
    private long nextId;

    /** Takes a project's changed diagnostics (an empty list where they cleared) after the whole project was diagnosed. */
    synchronized void update(Path root, Map<Path, List<Diagnostic>> changes) {
        settledRoots.add(root);
        take(changes);
    }

    /**
     * Takes the changed diagnostics of files diagnosed ahead of their project's full build (the open ones); those
     * files answer at once from now on.
     */
    synchronized void updateAhead(Map<Path, List<Diagnostic>> changes, Collection<Path> diagnosed) {
        settledFiles.addAll(diagnosed);
        settledFiles.addAll(changes.keySet());
        take(changes);
    }

    private void take(Map<Path, List<Diagnostic>> changes) {
        changes.forEach((file, diagnostics) -> entries.put(file,
                new Entry(session + ":" + (++nextId), List.copyOf(diagnostics))));
        for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
            Waiter waiter = it.next();
            if (waiter.report().isDone()) {
                it.remove();
            } else if (settled(waiter.root(), waiter.file())) {
                waiter.report().complete(report(waiter.file(), waiter.previousResultId()));
                it.remove();
            }
        }
    }

    /**
     * The report of one file; waits while {@code root} (the file's project, null when it has none) has not been
     * built. Cancelling the returned future drops the wait.
     */
    synchronized CompletableFuture<DocumentDiagnosticReport> document(Path root, Path file, String previousResultId) {
        if (root == null || settled(root, file)) {
            return CompletableFuture.completedFuture(report(file, previousResultId));
        }
        Waiter waiter = new Waiter(root, file, previousResultId, new CompletableFuture<>());
        waiters.add(waiter);
        return waiter.report();
    }

    /**
     * Reports for every file that has or had diagnostics and every file the client holds a result for: unchanged
     * where the client's id is current, else the full (possibly empty) list.
     *
     * @param previous the client's result id per file
     * @param uris     the URI to report a file under
     * @param versions the open buffer's version of a file, null when closed
     */
    synchronized WorkspaceDiagnosticReport workspace(Map<Path, String> previous, Function<Path, String> uris,
                                                    Function<Path, Integer> versions) {
        List<WorkspaceDocumentDiagnosticReport> items = new ArrayList<>();
        Set<Path> files = new java.util.LinkedHashSet<>(entries.keySet());
        files.addAll(previous.keySet());
        for (Path file : files) {
            Entry entry = entries.getOrDefault(file, new Entry(nothing, List.of()));
            String uri = uris.apply(file);
            Integer version = versions.apply(file);
            if (entry.resultId().equals(previous.get(file))) {
                items.add(new WorkspaceDocumentDiagnosticReport(
                        new WorkspaceUnchangedDocumentDiagnosticReport(entry.resultId(), uri, version)));
            } else {
                WorkspaceFullDocumentDiagnosticReport full = new WorkspaceFullDocumentDiagnosticReport(
                        entry.diagnostics(), uri, version);
                full.setResultId(entry.resultId());
                items.add(new WorkspaceDocumentDiagnosticReport(full));
            }
        }
        return new WorkspaceDiagnosticReport(items);
    }

    private boolean settled(Path root, Path file) {
        return settledRoots.contains(root) || settledFiles.contains(file);
    }

    private DocumentDiagnosticReport report(Path file, String previousResultId) {
        Entry entry = entries.getOrDefault(file, new Entry(nothing, List.of()));
        if (entry.resultId().equals(previousResultId)) {
            return new DocumentDiagnosticReport(new RelatedUnchangedDocumentDiagnosticReport(entry.resultId()));
        }
        RelatedFullDocumentDiagnosticReport full = new RelatedFullDocumentDiagnosticReport(entry.diagnostics());
        full.setResultId(entry.resultId());
        return new DocumentDiagnosticReport(full);
    }
}
