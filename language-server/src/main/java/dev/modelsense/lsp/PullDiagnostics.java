package dev.modelsense.lsp;

import dev.modelsense.text.TextDocument;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.PreviousResultId;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * LSP 3.17 pull diagnostics: {@code textDocument/diagnostic} and {@code workspace/diagnostic} answered from what the
 * builds delivered ({@link DiagnosticReports}), so settings and silenced codes apply exactly as when pushed.
 */
final class PullDiagnostics {

    static final String IDENTIFIER = "modelsense";

    private final DiagnosticReports reports;
    private final ProjectBuilds builds;
    private final OpenDocuments documents;
    private final Requests requests;

    PullDiagnostics(DiagnosticReports reports, ProjectBuilds builds, OpenDocuments documents, Requests requests) {
        this.reports = reports;
        this.builds = builds;
        this.documents = documents;
        this.requests = requests;
    }

    /** The server capability: diagnostics depend on other files, and closed files are reported too. */
    static DiagnosticRegistrationOptions options() {
        DiagnosticRegistrationOptions options = new DiagnosticRegistrationOptions(true, true);
        options.setIdentifier(IDENTIFIER);
        return options;
    }

    /**
     * One file's report; before its project's first build it waits for that build. Cancelling the request drops the
     * wait.
     */
    CompletableFuture<DocumentDiagnosticReport> document(DocumentDiagnosticParams params) {
        if (params == null || params.getTextDocument() == null) {
            return CompletableFuture.failedFuture(
                    Conversions.invalidParams("textDocument/diagnostic expects {textDocument: {uri}}"));
        }
        // a buffer that is no file (untitled, a diff) belongs to no project: it has nothing to report
        Path file = Conversions.pathOf(params.getTextDocument().getUri()).orElse(null);
        Path root = file == null ? null : builds.workerOf(file).map(ProjectWorker::root).orElse(null);
        return reports.document(root, file, params.getPreviousResultId());
    }

    /** Every file with diagnostics, closed ones included, and an empty report where the client's went away. */
    CompletableFuture<WorkspaceDiagnosticReport> workspace(WorkspaceDiagnosticParams params) {
        return requests.compute("workspace/diagnostic", cancel -> {
            Map<Path, String> previous = new LinkedHashMap<>();
            if (params != null && params.getPreviousResultIds() != null) {
                for (PreviousResultId id : params.getPreviousResultIds()) {
                    Optional<Path> file = id == null ? Optional.empty() : Conversions.pathOf(id.getUri());
                    file.ifPresent(path -> previous.put(path, id.getValue()));
                }
            }
            cancel.checkCanceled();
            return reports.workspace(previous, documents::uriOf,
                    file -> documents.get(file).map(TextDocument::version).orElse(null));
        });
    }
}
