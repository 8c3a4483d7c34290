package dev.modelsense.lsp;

import dev.modelsense.services.CodeLenses;
import dev.modelsense.services.Completion;
import dev.modelsense.services.Definitions;
import dev.modelsense.services.DocumentSymbols;
import dev.modelsense.services.Hovers;
import dev.modelsense.services.References;
import dev.modelsense.services.Rename;
import dev.modelsense.services.WorkspaceSymbols;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import java.util.ArrayList;
import java.util.List;

/** Every editor feature of the services layer, registered on the protocol. */
public final class StandardFeatures {

    private StandardFeatures() {
    }

    public static Features all() {
        return new Features()
                .onDocument(FeatureKey.COMPLETION, (request, params, cancel) -> Either.forRight(
                        Completion.complete(request.context(), Conversions.position(params.getPosition()))))
                .onDocument(FeatureKey.HOVER, (request, params, cancel) ->
                        Hovers.hover(request.context(), Conversions.position(params.getPosition())).orElse(null))
                .onDocument(FeatureKey.DEFINITION, (request, params, cancel) -> Either.forLeft(
                        Definitions.find(request.context(), Conversions.position(params.getPosition()))))
                .onDocument(FeatureKey.REFERENCES, (request, params, cancel) -> References.find(request.context(),
                        Conversions.position(params.getPosition()),
                        params.getContext() != null && params.getContext().isIncludeDeclaration()))
                .onDocument(FeatureKey.PREPARE_RENAME, (request, params, cancel) ->
                        Rename.prepare(request.context(), Conversions.position(params.getPosition()))
                                .map(range -> Either3.<org.eclipse.lsp4j.Range, PrepareRenameResult,
                                        PrepareRenameDefaultBehavior>forFirst(Conversions.range(range)))
                                .orElse(null))
                .onDocument(FeatureKey.RENAME, (request, params, cancel) -> {
                    try {
                        return Rename.rename(request.context(), Conversions.position(params.getPosition()),
                                params.getNewName());
                    } catch (IllegalArgumentException e) {
                        throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                                e.getMessage(), null));
                    }
                })
                .onDocument(FeatureKey.DOCUMENT_SYMBOL, (request, params, cancel) -> {
                    List<Either<org.eclipse.lsp4j.SymbolInformation, org.eclipse.lsp4j.DocumentSymbol>> symbols =
                            new ArrayList<>();
                    DocumentSymbols.of(request.context()).forEach(s -> symbols.add(Either.forRight(s)));
                    return symbols;
                })
                .onDocument(FeatureKey.CODE_LENS, (request, params, cancel) -> CodeLenses.of(request.context()))
                .onWorkspace(FeatureKey.WORKSPACE_SYMBOL, (snapshots, params, cancel) ->
                        Either.forRight(WorkspaceSymbols.search(snapshots, params.getQuery())));
    }
}
