package dev.modelsense.services;

import dev.modelsense.jinja.DocsBlock;
import dev.modelsense.jinja.MacroInfo;
import dev.modelsense.project.DbtProject;
import dev.modelsense.project.Location;
import dev.modelsense.text.Position;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Go to definition: a ref to the model's file (the version's file for versioned models), a source to its YAML table
 * entry, a macro to its block, a var to its key in dbt_project.yml, a doc to its docs block, {@code alias.column} to
 * the upstream's YAML column (else the upstream's file), and a YAML model entry to the model's file.
 */
public final class Definitions {

    private Definitions() {
    }

    public static List<org.eclipse.lsp4j.Location> find(DocumentContext ctx, Position position) {
        try {
            return SymbolAt.find(ctx, position).map(symbol -> locate(ctx, symbol)).orElse(List.of());
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static List<org.eclipse.lsp4j.Location> locate(DocumentContext ctx, SymbolAt symbol) {
        if (symbol instanceof SymbolAt.Model model) {
            return List.of(LspValues.fileStart(model.node().spec().file().path()));
        }
        if (symbol instanceof SymbolAt.Source source) {
            Location at = source.source().properties().location();
            return at == null ? List.of() : List.of(LspValues.location(at, source.source().tableName().length()));
        }
        if (symbol instanceof SymbolAt.Macro macro) {
            return macroLocation(macro.macro()).map(List::of).orElse(List.of());
        }
        if (symbol instanceof SymbolAt.Doc doc) {
            return docLocation(doc.doc()).map(List::of).orElse(List.of());
        }
        if (symbol instanceof SymbolAt.Var var) {
            return varLocations(ctx, var.name());
        }
        if (symbol instanceof SymbolAt.Column column) {
            if (column.column().origin() != null) {
                return List.of(LspValues.location(column.column().origin(), column.column().name().length()));
            }
            return column.owner().node() != null
                    ? List.of(LspValues.fileStart(column.owner().node().spec().file().path()))
                    : List.of(LspValues.location(column.owner().source().properties().location(),
                    column.owner().source().tableName().length()));
        }
        return List.of();
    }

    /** Project and package macros live in files; dbt's built-ins we bundle have no file to open. */
    static Optional<org.eclipse.lsp4j.Location> macroLocation(MacroInfo macro) {
        return file(macro.path()).map(path -> LspValues.location(path, LspValues.point(macro.line(), 0)));
    }

    static Optional<org.eclipse.lsp4j.Location> docLocation(DocsBlock doc) {
        return file(doc.path()).map(path -> LspValues.location(path, LspValues.point(doc.line(), 0)));
    }

    private static Optional<Path> file(String path) {
        try {
            Path p = Path.of(path);
            return p.isAbsolute() ? Optional.of(p) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The var's key under {@code vars:} in the root project's dbt_project.yml, then in each package's. */
    private static List<org.eclipse.lsp4j.Location> varLocations(DocumentContext ctx, String name) {
        List<DbtProject> projects = new ArrayList<>();
        projects.add(ctx.snapshot().project().root());
        projects.addAll(ctx.snapshot().project().packages());
        for (DbtProject project : projects) {
            if (!definesVar(project, name)) {
                continue;
            }
            Optional<String> text = ctx.files().read(project.file());
            Optional<Location> key = text.flatMap(t -> VarKeys.find(project.file(), t, name));
            return List.of(key.map(k -> LspValues.location(k, name.length()))
                    .orElseGet(() -> LspValues.fileStart(project.file())));
        }
        return List.of();
    }

    private static boolean definesVar(DbtProject project, String name) {
        if (project.vars().containsKey(name)) {
            return true;
        }
        return project.vars().values().stream().anyMatch(v -> v instanceof java.util.Map<?, ?> m && m.containsKey(name));
    }
}
