package dev.modelsense.lsp;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
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
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One LSP feature request the server can answer once a handler is registered in {@link Features}: its method, how to
 * find the document it is about ({@code null} for workspace-wide requests) and the capability it advertises.
 *
 * @param <P> the request's parameters
 * @param <R> its result
 */
public record FeatureKey<P, R>(String method, Function<P, String> uri, Consumer<ServerCapabilities> advertise) {

    public static final FeatureKey<CompletionParams, Either<List<CompletionItem>, CompletionList>> COMPLETION =
            new FeatureKey<>("textDocument/completion", p -> p.getTextDocument().getUri(), caps -> {
                CompletionOptions options = new CompletionOptions(false, List.of("'", "\"", ".", "(", " "));
                caps.setCompletionProvider(options);
            });

    public static final FeatureKey<HoverParams, Hover> HOVER =
            new FeatureKey<>("textDocument/hover", p -> p.getTextDocument().getUri(), caps -> caps.setHoverProvider(true));

    public static final FeatureKey<DefinitionParams, Either<List<? extends Location>, List<? extends LocationLink>>>
            DEFINITION = new FeatureKey<>("textDocument/definition", p -> p.getTextDocument().getUri(),
            caps -> caps.setDefinitionProvider(true));

    public static final FeatureKey<ReferenceParams, List<? extends Location>> REFERENCES =
            new FeatureKey<>("textDocument/references", p -> p.getTextDocument().getUri(),
                    caps -> caps.setReferencesProvider(true));

    public static final FeatureKey<RenameParams, WorkspaceEdit> RENAME =
            new FeatureKey<>("textDocument/rename", p -> p.getTextDocument().getUri(),
                    caps -> caps.setRenameProvider(new RenameOptions(hasPrepare(caps))));

    public static final FeatureKey<PrepareRenameParams,
            Either3<org.eclipse.lsp4j.Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> PREPARE_RENAME =
            new FeatureKey<>("textDocument/prepareRename", p -> p.getTextDocument().getUri(),
                    caps -> caps.setRenameProvider(new RenameOptions(true)));

    public static final FeatureKey<DocumentSymbolParams, List<Either<SymbolInformation, DocumentSymbol>>>
            DOCUMENT_SYMBOL = new FeatureKey<>("textDocument/documentSymbol", p -> p.getTextDocument().getUri(),
            caps -> caps.setDocumentSymbolProvider(true));

    public static final FeatureKey<CodeLensParams, List<? extends CodeLens>> CODE_LENS =
            new FeatureKey<>("textDocument/codeLens", p -> p.getTextDocument().getUri(),
                    caps -> caps.setCodeLensProvider(new CodeLensOptions(false)));

    public static final FeatureKey<WorkspaceSymbolParams,
            Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> WORKSPACE_SYMBOL =
            new FeatureKey<>("workspace/symbol", null, caps -> caps.setWorkspaceSymbolProvider(true));

    public static final FeatureKey<org.eclipse.lsp4j.CallHierarchyPrepareParams,
            List<org.eclipse.lsp4j.CallHierarchyItem>> CALL_HIERARCHY_PREPARE = new FeatureKey<>(
            "textDocument/prepareCallHierarchy", p -> p.getTextDocument().getUri(),
            caps -> caps.setCallHierarchyProvider(true));

    public static final FeatureKey<org.eclipse.lsp4j.CallHierarchyIncomingCallsParams,
            List<org.eclipse.lsp4j.CallHierarchyIncomingCall>> CALL_HIERARCHY_INCOMING = new FeatureKey<>(
            "callHierarchy/incomingCalls", p -> p.getItem().getUri(), caps -> caps.setCallHierarchyProvider(true));

    public static final FeatureKey<org.eclipse.lsp4j.CallHierarchyOutgoingCallsParams,
            List<org.eclipse.lsp4j.CallHierarchyOutgoingCall>> CALL_HIERARCHY_OUTGOING = new FeatureKey<>(
            "callHierarchy/outgoingCalls", p -> p.getItem().getUri(), caps -> caps.setCallHierarchyProvider(true));

    public static final FeatureKey<org.eclipse.lsp4j.CodeActionParams,
            List<Either<org.eclipse.lsp4j.Command, org.eclipse.lsp4j.CodeAction>>> CODE_ACTION = new FeatureKey<>(
            "textDocument/codeAction", p -> p.getTextDocument().getUri(),
            caps -> caps.setCodeActionProvider(new org.eclipse.lsp4j.CodeActionOptions(
                    List.of(org.eclipse.lsp4j.CodeActionKind.QuickFix))));

    public boolean isWorkspaceWide() {
        return uri == null;
    }

    private static boolean hasPrepare(ServerCapabilities caps) {
        return caps.getRenameProvider() != null && caps.getRenameProvider().isRight()
                && Boolean.TRUE.equals(caps.getRenameProvider().getRight().getPrepareProvider());
    }
}
