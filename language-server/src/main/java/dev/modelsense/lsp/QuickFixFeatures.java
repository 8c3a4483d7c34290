package dev.modelsense.lsp;

import dev.modelsense.conventions.Finding;
import dev.modelsense.services.QuickFixes;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/** {@code textDocument/codeAction}: quick fixes for the convention findings behind the request's diagnostics. */
final class QuickFixFeatures {

    private QuickFixFeatures() {
    }

    /**
     * @param rootOf           the project a file belongs to
     * @param versionOf        an open document's version, null for a closed file
     * @param documentChanges  whether the editor takes versioned document changes and file creation
     */
    static void register(Features features, ProjectChecks checks, Function<Path, Optional<Path>> rootOf,
                         Function<Path, Integer> versionOf, BooleanSupplier documentChanges) {
        features.onDocument(FeatureKey.CODE_ACTION, (request, params, cancel) -> {
            List<Either<Command, CodeAction>> result = new ArrayList<>();
            Optional<Path> root = rootOf.apply(request.path());
            List<Diagnostic> diagnostics = params.getContext() == null || params.getContext().getDiagnostics() == null
                    ? List.of() : params.getContext().getDiagnostics();
            if (root.isEmpty() || diagnostics.isEmpty() || !wantsQuickFixes(params)) {
                return result;
            }
            List<Finding> findings = checks.findingsIn(root.get(), request.snapshot(), request.path());
            cancel.checkCanceled();
            QuickFixes.actions(request.context(), checks.lineage(), findings, diagnostics,
                    new QuickFixes.EditStyle(versionOf, documentChanges.getAsBoolean()))
                    .forEach(action -> result.add(Either.forRight(action)));
            return result;
        });
    }

    private static boolean wantsQuickFixes(org.eclipse.lsp4j.CodeActionParams params) {
        List<String> only = params.getContext().getOnly();
        return only == null || only.isEmpty() || only.stream().anyMatch(kind ->
                org.eclipse.lsp4j.CodeActionKind.QuickFix.equals(kind) || kind.isEmpty()
                        || org.eclipse.lsp4j.CodeActionKind.QuickFix.startsWith(kind + "."));
    }
}
