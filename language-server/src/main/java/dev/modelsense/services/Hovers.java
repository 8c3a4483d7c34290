package dev.modelsense.services;

import dev.modelsense.text.Position;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

import java.util.Map;
import java.util.Optional;

/** Markdown hovers for models, sources, macros, columns, vars and docs blocks. */
public final class Hovers {

    private Hovers() {
    }

    public static Optional<Hover> hover(DocumentContext ctx, Position position) {
        try {
            return SymbolAt.find(ctx, position).map(symbol -> {
                Hover hover = new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown(ctx, symbol)));
                hover.setRange(LspValues.range(ctx.document().lines(), symbol.start(), symbol.end()));
                return hover;
            });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String markdown(DocumentContext ctx, SymbolAt symbol) {
        if (symbol instanceof SymbolAt.Model model) {
            return Markdown.node(ctx, model.node());
        }
        if (symbol instanceof SymbolAt.Source source) {
            return Markdown.source(ctx, source.source());
        }
        if (symbol instanceof SymbolAt.Macro macro) {
            return Markdown.macro(ctx, macro.macro());
        }
        if (symbol instanceof SymbolAt.Column column) {
            return Markdown.column(column.column(), column.owner().displayName());
        }
        if (symbol instanceof SymbolAt.Doc doc) {
            return "**docs** `" + doc.doc().name() + "` · " + doc.doc().packageName() + "\n\n" + doc.doc().text().strip();
        }
        SymbolAt.Var var = (SymbolAt.Var) symbol;
        Map<String, Object> vars = ctx.snapshot().project().varsFor(ctx.packageName());
        return "**var** `" + var.name() + "`\n\n" + (vars.containsKey(var.name())
                ? "```yaml\n" + var.name() + ": " + Markdown.shortValue(vars.get(var.name())) + "\n```"
                : "_Not defined in dbt_project.yml or --vars: the call's default applies._");
    }
}
