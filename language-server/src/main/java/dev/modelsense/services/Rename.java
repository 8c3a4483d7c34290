package dev.modelsense.services;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.text.Position;
import dev.modelsense.text.Range;
import org.eclipse.lsp4j.RenameFile;
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
import java.util.regex.Pattern;

/**
 * Renames a model (or seed) of the root project: its file (each version's {@code <name>_v<n>} file), every
 * {@code ref('old'} and its property YAML {@code name:} entries, as one workspace edit.
 */
public final class Rename {

    /** Names that work unquoted in every warehouse and as a file name; dbt rejects names with spaces. */
    private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,126}");

    private Rename() {
    }

    /** The model name under the cursor (a ref argument or a YAML entry), when it can be renamed. */
    public static Optional<Range> prepare(DocumentContext ctx, Position position) {
        try {
            Optional<SymbolAt> symbol = SymbolAt.find(ctx, position);
            if (symbol.isEmpty() || !(symbol.get() instanceof SymbolAt.Model model) || refusal(ctx, model.node()) != null) {
                return Optional.empty();
            }
            return Optional.of(ctx.document().lines().rangeOf(model.start(), model.end()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * @throws IllegalArgumentException when nothing renameable is at the position, the model belongs to a package, or
     *                                  the new name is invalid or taken
     */
    public static WorkspaceEdit rename(DocumentContext ctx, Position position, String newName) {
        ParsedNode model = ModelReferences.targetAt(ctx, position).orElseThrow(() ->
                new IllegalArgumentException("Nothing to rename here: place the cursor on a model name or in a model file"));
        String refused = refusal(ctx, model);
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
        return renameModel(ctx, model, newName);
    }

    /**
     * Renames this model as {@link #rename} does, wherever the request is made from.
     *
     * @throws IllegalArgumentException when the model belongs to a package or the new name is invalid or taken
     */
    public static WorkspaceEdit renameModel(DocumentContext ctx, ParsedNode model, String newName) {
        String refused = refusal(ctx, model);
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
        validate(ctx, model, newName);
        Map<String, List<TextEdit>> edits = new LinkedHashMap<>();
        for (ModelReferences.Site site : ModelReferences.of(ctx, model)) {
            edits.computeIfAbsent(LspValues.uri(site.file()), k -> new ArrayList<>()).add(new TextEdit(site.range(), newName));
        }
        List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
        edits.forEach((uri, list) -> changes.add(Either.forLeft(new TextDocumentEdit(
                new VersionedTextDocumentIdentifier(uri, uri.equals(ctx.uri()) ? ctx.document().version() : null),
                list))));
        for (ParsedNode version : ProjectLookup.versionsOf(ctx.snapshot(), model)) {
            renamedFile(version, model.name(), newName).ifPresent(target -> changes.add(Either.forRight(
                    new RenameFile(LspValues.uri(version.spec().file().path()), LspValues.uri(target)))));
        }
        return new WorkspaceEdit(changes);
    }

    private static String refusal(DocumentContext ctx, ParsedNode model) {
        String root = ctx.snapshot().project().root().name();
        if (!model.spec().packageName().equals(root)) {
            return "'" + model.name() + "' is defined in package '" + model.spec().packageName()
                    + "'; rename it in that project";
        }
        if (model.spec().kind() != NodeKind.MODEL && model.spec().kind() != NodeKind.SEED) {
            return "Only models and seeds can be renamed; '" + model.name() + "' is a " + model.spec().resourceType();
        }
        return null;
    }

    private static void validate(DocumentContext ctx, ParsedNode model, String newName) {
        if (newName == null || !VALID_NAME.matcher(newName).matches()) {
            throw new IllegalArgumentException("'" + newName + "' is not a valid model name: use letters, digits and "
                    + "underscores, starting with a letter or underscore");
        }
        if (newName.equals(model.name())) {
            throw new IllegalArgumentException("The model is already called '" + newName + "'");
        }
        boolean taken = ctx.snapshot().nodes().values().stream().filter(ProjectLookup::isRefable)
                .anyMatch(n -> n.name().equalsIgnoreCase(newName)
                        && n.spec().packageName().equals(model.spec().packageName()));
        if (taken) {
            throw new IllegalArgumentException("A model, seed or snapshot named '" + newName + "' already exists");
        }
    }

    /** The file's new path when its name follows the model name ({@code old.sql}, {@code old_v2.sql}). */
    private static Optional<Path> renamedFile(ParsedNode node, String oldName, String newName) {
        Path file = node.spec().file().path();
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String stem = dot < 0 ? fileName : fileName.substring(0, dot);
        String extension = dot < 0 ? "" : fileName.substring(dot);
        String newStem = null;
        if (stem.equals(oldName)) {
            newStem = newName;
        } else if (node.spec().version() != null && stem.equals(oldName + "_v" + node.spec().version())) {
            newStem = newName + "_v" + node.spec().version();
        }
        return newStem == null ? Optional.empty() : Optional.of(file.resolveSibling(newStem + extension));
    }
}
