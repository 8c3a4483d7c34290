package dev.modelsense.lsp;

import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.project.OverlayFileSource;
import dev.modelsense.project.ProjectFile;
import dev.modelsense.text.TextDocument;
import dev.modelsense.text.TextEdit;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.services.TextDocumentService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * Text synchronisation and document requests. On the protocol thread an edit only updates the buffer (and the file
 * source's overlay) and schedules its project's rebuild; nothing is parsed here. Requests go to {@link Requests}.
 */
final class DocumentService implements TextDocumentService {

    private final OpenDocuments documents;
    private final OverlayFileSource files;
    private final ProjectBuilds builds;
    private final Requests requests;
    private final LongSupplier debounceMillis;
    private final PullDiagnostics pullDiagnostics;

    DocumentService(OpenDocuments documents, OverlayFileSource files, ProjectBuilds builds, Requests requests,
                    LongSupplier debounceMillis, PullDiagnostics pullDiagnostics) {
        this.pullDiagnostics = pullDiagnostics;
        this.documents = documents;
        this.files = files;
        this.builds = builds;
        this.requests = requests;
        this.debounceMillis = debounceMillis;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var item = params.getTextDocument();
        Optional<Path> path = Conversions.pathOf(item.getUri());
        if (path.isEmpty() || item.getText() == null) {
            return;
        }
        documents.open(path.get(), item.getUri(), item.getVersion(), item.getText());
        files.setBuffer(path.get(), item.getText());
        // opening a file as it was compiled changes nothing; anything else (or no snapshot yet) needs an update
        if (!item.getText().equals(compiledText(path.get()))) {
            builds.changed(Set.of(path.get()), debounceMillis.getAsLong());
        }
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        Optional<Path> path = Conversions.pathOf(uri);
        if (path.isEmpty()) {
            return;
        }
        List<TextEdit> edits = new ArrayList<>();
        for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
            edits.add(new TextEdit(change.getRange() == null ? null : Conversions.range(change.getRange()),
                    Objects.requireNonNullElse(change.getText(), "")));
        }
        Integer version = params.getTextDocument().getVersion();
        TextDocument document = documents.change(path.get(), uri, version == null ? 0 : version, edits);
        files.setBuffer(path.get(), document.text());
        builds.changed(Set.of(path.get()), debounceMillis.getAsLong());
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        Optional<Path> path = Conversions.pathOf(params.getTextDocument().getUri());
        if (path.isEmpty()) {
            return;
        }
        documents.close(path.get());
        files.closeBuffer(path.get());
        // the file reads from disk again, which may differ from the unsaved buffer
        builds.changed(Set.of(path.get()), debounceMillis.getAsLong());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // the buffer already holds the saved text; watched-file events cover the disk
    }

    private String compiledText(Path path) {
        ProjectSnapshot snapshot = builds.workerOf(path).map(w -> w.session().current()).orElse(null);
        if (snapshot == null) {
            return null;
        }
        for (ProjectFile file : snapshot.project().files()) {
            if (file.path().equals(path)) {
                return file.text();
            }
        }
        // modelsense.yml is read with the project but is no project file
        return snapshot.project().conventionsFile().filter(file -> file.path().equals(path))
                .map(dev.modelsense.project.ConventionsFile::text).orElse(null);
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.DocumentDiagnosticReport> diagnostic(
            org.eclipse.lsp4j.DocumentDiagnosticParams params) {
        return pullDiagnostics.document(params);
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return requests.document(FeatureKey.COMPLETION, params);
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return requests.document(FeatureKey.HOVER, params);
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        return requests.document(FeatureKey.DEFINITION, params);
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return requests.document(FeatureKey.REFERENCES, params);
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        return requests.document(FeatureKey.RENAME, params);
    }

    @Override
    public CompletableFuture<Either3<org.eclipse.lsp4j.Range, PrepareRenameResult, PrepareRenameDefaultBehavior>>
            prepareRename(PrepareRenameParams params) {
        return requests.document(FeatureKey.PREPARE_RENAME, params);
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        return requests.document(FeatureKey.DOCUMENT_SYMBOL, params);
    }

    @Override
    public CompletableFuture<List<Either<org.eclipse.lsp4j.Command, org.eclipse.lsp4j.CodeAction>>> codeAction(
            org.eclipse.lsp4j.CodeActionParams params) {
        return requests.document(FeatureKey.CODE_ACTION, params);
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return requests.document(FeatureKey.CODE_LENS, params);
    }

    @Override
    public CompletableFuture<List<org.eclipse.lsp4j.CallHierarchyItem>> prepareCallHierarchy(
            org.eclipse.lsp4j.CallHierarchyPrepareParams params) {
        return requests.document(FeatureKey.CALL_HIERARCHY_PREPARE, params);
    }

    @Override
    public CompletableFuture<List<org.eclipse.lsp4j.CallHierarchyIncomingCall>> callHierarchyIncomingCalls(
            org.eclipse.lsp4j.CallHierarchyIncomingCallsParams params) {
        return requests.document(FeatureKey.CALL_HIERARCHY_INCOMING, params);
    }

    @Override
    public CompletableFuture<List<org.eclipse.lsp4j.CallHierarchyOutgoingCall>> callHierarchyOutgoingCalls(
            org.eclipse.lsp4j.CallHierarchyOutgoingCallsParams params) {
        return requests.document(FeatureKey.CALL_HIERARCHY_OUTGOING, params);
    }
}
