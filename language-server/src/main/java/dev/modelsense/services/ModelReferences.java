package dev.modelsense.services;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.jinja.RefArgs;
import dev.modelsense.project.Location;
import dev.modelsense.project.NodeProperties;
import dev.modelsense.project.ProjectFile;
import dev.modelsense.project.PropertyFile;
import dev.modelsense.project.ResourceType;
import dev.modelsense.text.LineIndex;
import dev.modelsense.text.Position;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a model is named: every {@code ref('name'} that resolves to it (any version) in models, snapshots, analyses,
 * tests and property YAML test arguments, and its {@code - name:} entries in property YAML. Open buffers win over
 * the snapshot's text for the current file.
 */
final class ModelReferences {

    private static final Set<ResourceType> SQL_FILES =
            Set.of(ResourceType.MODEL, ResourceType.SNAPSHOT, ResourceType.ANALYSIS, ResourceType.TEST);
    private static final int MAX_FILE = 5_000_000;

    /** A span of a file naming the model; {@code yamlEntry} for a property file's {@code name:}. */
    record Site(Path file, org.eclipse.lsp4j.Range range, boolean yamlEntry) {
    }

    private ModelReferences() {
    }

    /** The model the cursor is on (a ref argument or a YAML entry), else the model this file defines. */
    static Optional<ParsedNode> targetAt(DocumentContext ctx, Position position) {
        Optional<SymbolAt> symbol = SymbolAt.find(ctx, position);
        if (symbol.isPresent()) {
            return symbol.get() instanceof SymbolAt.Model model ? Optional.of(model.node()) : Optional.empty();
        }
        return ctx.nodesHere().stream().filter(ProjectLookup::isRefable).findFirst();
    }

    static List<Site> of(DocumentContext ctx, ParsedNode model) {
        List<Site> sites = new ArrayList<>();
        Set<Path> scanned = new LinkedHashSet<>();
        for (ProjectFile file : ctx.snapshot().project().files()) {
            if (SQL_FILES.contains(file.type()) && file.originalFilePath().endsWith(".sql")) {
                scanned.add(file.path());
                refsIn(ctx, model, file.path(), textOf(ctx, file.path(), file.text()), file.packageName(), sites);
            }
        }
        if (!ctx.isYaml() && !scanned.contains(ctx.path())) {
            refsIn(ctx, model, ctx.path(), ctx.text(), ctx.packageName(), sites); // a new, unsaved model
        }
        for (PropertyFile file : ctx.snapshot().project().properties()) {
            String text = textOf(ctx, file.file(), null);
            for (NodeProperties node : file.nodes()) {
                if (node.type() == ResourceType.valueOf(model.spec().kind().name()) && node.name().equals(model.name())
                        && node.packageName().equals(model.spec().packageName()) && node.location() != null) {
                    sites.add(new Site(file.file(), yamlNameRange(node.location(), node.name(), text), true));
                }
            }
            if (text != null) {
                refsIn(ctx, model, file.file(), text, file.packageName(), sites); // relationships: to: ref('x')
            }
        }
        sites.sort(Comparator.comparing((Site s) -> s.file().toString())
                .thenComparing(s -> s.range().getStart().getLine())
                .thenComparing(s -> s.range().getStart().getCharacter()));
        return sites;
    }

    private static String textOf(DocumentContext ctx, Path file, String snapshotText) {
        if (file.equals(ctx.path())) {
            return ctx.text();
        }
        return snapshotText != null ? snapshotText : ctx.files().read(file).orElse(null);
    }

    private static void refsIn(DocumentContext ctx, ParsedNode model, Path file, String text, String filePackage,
                               List<Site> sites) {
        if (text == null || text.length() > MAX_FILE || !text.contains(model.name())) {
            return;
        }
        LineIndex lines = null;
        for (TemplateCalls.Call call : TemplateCalls.find(text, Set.of("ref"))) {
            Optional<RefArgs> ref = ProjectLookup.refArgs(call);
            if (ref.isEmpty() || !ref.get().name().equals(model.name())) {
                continue;
            }
            // resolve unpinned so a ref to any version of the model counts
            RefArgs unpinned = new RefArgs(ref.get().packageName(), ref.get().name(), null);
            boolean same = ProjectLookup.ref(ctx.snapshot(), unpinned, filePackage)
                    .filter(node -> node.spec().packageName().equals(model.spec().packageName())).isPresent();
            if (same) {
                List<TemplateCalls.Argument> positional = call.positional();
                TemplateCalls.Argument name = positional.get(positional.size() - 1);
                lines = lines == null ? LineIndex.of(text) : lines;
                sites.add(new Site(file, LspValues.range(lines, name.start(), name.end()), false));
            }
        }
    }

    /** The span of a YAML {@code name:} value; the location may sit on an opening quote. */
    private static org.eclipse.lsp4j.Range yamlNameRange(Location at, String name, String text) {
        int column = at.column();
        if (text != null) {
            LineIndex lines = LineIndex.of(text);
            if (at.line() < lines.lineCount()) {
                String line = lines.lineText(at.line());
                if (column < line.length() && (line.charAt(column) == '\'' || line.charAt(column) == '"')) {
                    column++;
                }
            }
        }
        return new org.eclipse.lsp4j.Range(new org.eclipse.lsp4j.Position(at.line(), column),
                new org.eclipse.lsp4j.Position(at.line(), column + name.length()));
    }
}
