package dev.modelsense.services;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.Problem;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.conventions.Finding;
import dev.modelsense.conventions.Fix;
import dev.modelsense.lineage.ColumnLineage;
import dev.modelsense.project.FileSource;
import dev.modelsense.text.LineIndex;
import dev.modelsense.text.TextDocument;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.CreateFileOptions;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Quick fixes: for each diagnostic that came from a convention finding with fixes, a code action per fix whose edits
 * can be computed safely against the current texts. A diagnostic is matched to its finding by code and start.
 */
public final class QuickFixes {

    /** How the edit may be sent: the open documents' versions, and whether the editor takes documentChanges. */
    public record EditStyle(Function<Path, Integer> versions, boolean documentChanges) {
    }

    private QuickFixes() {
    }

    public static List<CodeAction> actions(DocumentContext ctx, ColumnLineage lineage, List<Finding> findings,
                                           List<Diagnostic> diagnostics, EditStyle style) {
        List<CodeAction> actions = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            for (Finding finding : findings) {
                if (!sameProblem(diagnostic, finding.problem())) {
                    continue;
                }
                for (Fix fix : finding.fixes()) {
                    workspaceEdit(ctx, lineage, fix, style).ifPresent(edit -> {
                        CodeAction action = new CodeAction(fix.title());
                        action.setKind(CodeActionKind.QuickFix);
                        action.setDiagnostics(List.of(diagnostic));
                        action.setEdit(edit);
                        if (actions.isEmpty()) {
                            action.setIsPreferred(true);
                        }
                        actions.add(action);
                    });
                }
            }
        }
        return actions;
    }

    /** The workspace edit of one fix; empty when it cannot be applied safely (or the editor cannot create files). */
    public static Optional<WorkspaceEdit> workspaceEdit(DocumentContext ctx, ColumnLineage lineage, Fix fix,
                                                        EditStyle style) {
        try {
            if (fix instanceof Fix.RenameModel rename) {
                return renameModel(ctx, rename);
            }
            return edits(ctx.snapshot(), ctx.files(), lineage, fix).flatMap(edits -> toWorkspaceEdit(edits, style));
        } catch (RuntimeException e) {
            return Optional.empty(); // a fix that cannot be worked out is not offered
        }
    }

    /** The text edits of a fix other than a model rename (which moves files); empty when not safely possible. */
    public static Optional<FixEdits> edits(ProjectSnapshot snapshot, FileSource files, ColumnLineage lineage, Fix fix) {
        FixEdits edits = new FixEdits(files::read);
        boolean planned = false;
        if (fix instanceof Fix.RenameColumn rename) {
            planned = lineage != null && ColumnRenames.plan(edits, snapshot, lineage, rename);
        } else if (fix instanceof Fix.AddDescription add) {
            planned = node(snapshot, add.nodeId())
                    .map(node -> PropertyEdits.addDescription(edits, snapshot, node, add.column())).orElse(false);
        } else if (fix instanceof Fix.AddTests add) {
            planned = node(snapshot, add.nodeId())
                    .map(node -> PropertyEdits.addTests(edits, snapshot, node, add.column(), add.tests()))
                    .orElse(false);
        }
        return planned && !edits.isEmpty() ? Optional.of(edits) : Optional.empty();
    }

    private static Optional<WorkspaceEdit> renameModel(DocumentContext ctx, Fix.RenameModel fix) {
        Optional<ParsedNode> model = node(ctx.snapshot(), fix.nodeId());
        if (model.isEmpty()) {
            return Optional.empty();
        }
        Path file = model.get().spec().file().path();
        DocumentContext at = file.equals(ctx.path()) ? ctx : new DocumentContext(ctx.snapshot(), file,
                new TextDocument(LspValues.uri(file), 0, ctx.files().read(file).orElse(""))).withFiles(ctx.files())
                .withColumns(ctx.columns());
        try {
            return Optional.of(Rename.renameModel(at, model.get(), fix.to()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // the suggested name is taken, or the model is a package's
        }
    }

    static Optional<WorkspaceEdit> toWorkspaceEdit(FixEdits edits, EditStyle style) {
        Map<String, List<TextEdit>> byUri = new LinkedHashMap<>();
        List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
        for (Path file : edits.files()) {
            String uri = LspValues.uri(file);
            LineIndex lines = LineIndex.of(edits.text(file).orElse(""));
            List<TextEdit> textEdits = edits.editsOf(file).stream().map(edit -> new TextEdit(
                    LspValues.range(lines, edit.start(), edit.end()), edit.newText())).toList();
            if (edits.creates(file)) {
                if (!style.documentChanges()) {
                    return Optional.empty();
                }
                CreateFile create = new CreateFile(uri, new CreateFileOptions(false, true));
                changes.add(Either.forRight(create));
            }
            byUri.put(uri, textEdits);
            changes.add(Either.forLeft(new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri,
                    edits.creates(file) ? null : style.versions().apply(file)), textEdits)));
        }
        return Optional.of(style.documentChanges() ? new WorkspaceEdit(changes) : new WorkspaceEdit(byUri));
    }

    /** A diagnostic shows a problem when their codes match and it starts where the problem does (or on its line, at
     *  the column the problem's was clamped to). */
    static boolean sameProblem(Diagnostic diagnostic, Problem problem) {
        if (diagnostic.getCode() == null || !diagnostic.getCode().isLeft()
                || !problem.code().equals(diagnostic.getCode().getLeft())) {
            return false;
        }
        var start = diagnostic.getRange().getStart();
        var end = diagnostic.getRange().getEnd();
        return start.getLine() == problem.line() && (start.getCharacter() == problem.column()
                || (end.getLine() == start.getLine() && start.getCharacter() <= problem.column()
                && problem.column() <= end.getCharacter()));
    }

    private static Optional<ParsedNode> node(ProjectSnapshot snapshot, String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(snapshot.nodes().get(id));
    }
}
