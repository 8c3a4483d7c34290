package dev.modelsense.services;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.graph.NodeKind;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Column names: after {@code alias.} in SQL, in select lists, and under a YAML model's {@code columns:}. */
final class ColumnCompletions {

    private ColumnCompletions() {
    }

    static void qualified(DocumentContext ctx, CursorContext.QualifiedColumn at, CompletionItems out) {
        RelationAliases.Target target = RelationAliases.of(ctx).get(at.qualifier().toLowerCase(Locale.ROOT));
        if (target != null) {
            columnsOf(ctx, target, out, new HashSet<>());
        }
    }

    /** Plain SQL: the columns of every relation the file reads. */
    static void unqualified(DocumentContext ctx, CompletionItems out) {
        Set<String> seen = new HashSet<>();
        for (RelationAliases.Target target : RelationAliases.referenced(ctx)) {
            columnsOf(ctx, target, out, seen);
        }
    }

    static void yaml(DocumentContext ctx, CursorContext.YamlColumnName at, CompletionItems out) {
        List<ParsedNode> models = ctx.snapshot().nodes().values().stream()
                .filter(n -> n.name().equals(at.model()) && n.spec().packageName().equals(ctx.packageName())
                        && n.spec().kind() != NodeKind.TEST && n.spec().kind() != NodeKind.ANALYSIS)
                .toList();
        Set<String> seen = new HashSet<>();
        for (ParsedNode model : models) {
            columnsOf(ctx, new RelationAliases.Target(model, null), out, seen);
        }
    }

    private static void columnsOf(DocumentContext ctx, RelationAliases.Target target, CompletionItems out,
                                  Set<String> seen) {
        for (ColumnInfo column : ctx.columns().columnsOf(ctx.snapshot(), target.uniqueId())) {
            if (seen.add(column.name().toLowerCase(Locale.ROOT))) {
                CompletionItem item = out.addLazy(column.name(), column.name(), CompletionItemKind.Field,
                        column.dataType(), () -> Markdown.column(column, target.displayName()));
                CompletionItems.describe(item, target.displayName());
            }
        }
    }
}
