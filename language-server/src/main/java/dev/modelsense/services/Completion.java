package dev.modelsense.services;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.project.NodeProperties;
import dev.modelsense.project.ResourceType;
import dev.modelsense.text.LineIndex;
import dev.modelsense.text.Position;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Completion in model SQL and property YAML, from the cursor's context in the current (maybe unsaved) text. */
public final class Completion {

    private Completion() {
    }

    public static CompletionList complete(DocumentContext ctx, Position position) {
        try {
            LineIndex lines = ctx.document().lines();
            int offset = lines.offsetAt(position);
            CompletionItems out = collect(ctx, JinjaCursor.at(ctx.text(), offset, ctx.isYaml()), lines, offset);
            return new CompletionList(out.truncated(), out.items());
        } catch (RuntimeException e) {
            return new CompletionList(false, List.of()); // a stale snapshot or odd text never fails the request
        }
    }

    private static CompletionItems collect(DocumentContext ctx, CursorContext cursor, LineIndex lines, int offset) {
        if (cursor instanceof CursorContext.InString s) {
            CompletionItems out = new CompletionItems(lines, s.contentStart(), s.replaceEnd(), s.prefix());
            NameCompletions.complete(ctx, s, out);
            return out;
        }
        if (cursor instanceof CursorContext.CallArgument a) {
            CompletionItems out = new CompletionItems(lines, a.start(), offset, a.prefix());
            if (a.function().equals("config")) {
                NameCompletions.configKeys(out);
            } else if (!a.function().equals("ref") && !a.function().equals("source")) {
                JinjaCompletions.complete(ctx, new CursorContext.JinjaName(null, a.prefix(), a.start(), false), out);
            }
            return out;
        }
        if (cursor instanceof CursorContext.JinjaName n) {
            CompletionItems out = new CompletionItems(lines, n.start(), offset, n.prefix());
            JinjaCompletions.complete(ctx, n, out);
            return out;
        }
        if (cursor instanceof CursorContext.QualifiedColumn q) {
            CompletionItems out = new CompletionItems(lines, q.start(), offset, q.prefix());
            ColumnCompletions.qualified(ctx, q, out);
            return out;
        }
        if (cursor instanceof CursorContext.Sql s) {
            CompletionItems out = new CompletionItems(lines, s.start(), offset, s.prefix());
            ColumnCompletions.unqualified(ctx, out);
            relationSnippets(out);
            return out;
        }
        if (cursor instanceof CursorContext.YamlModelName m) {
            CompletionItems out = new CompletionItems(lines, m.start(), offset, m.prefix());
            yamlModels(ctx, out);
            return out;
        }
        if (cursor instanceof CursorContext.YamlColumnName c) {
            CompletionItems out = new CompletionItems(lines, c.start(), offset, c.prefix());
            ColumnCompletions.yaml(ctx, c, out);
            return out;
        }
        return new CompletionItems(lines, offset, offset, "");
    }

    private static void relationSnippets(CompletionItems out) {
        out.snippet("ref", "{{ ref('${1:model}') }}", "{{ ref('…') }}");
        out.snippet("source", "{{ source('${1:source}', '${2:table}') }}", "{{ source('…', '…') }}");
        out.snippet("config", "{{ config(materialized='${1:view}') }}", "{{ config(…) }}");
    }

    /** Models of this package defined by a .sql file; those not yet described in any property file come first. */
    private static void yamlModels(DocumentContext ctx, CompletionItems out) {
        Set<String> described = new HashSet<>();
        for (var file : ctx.snapshot().project().properties()) {
            for (NodeProperties node : file.nodes()) {
                if (node.type() == ResourceType.MODEL && node.packageName().equals(ctx.packageName())) {
                    described.add(node.name());
                }
            }
        }
        List<ParsedNode> models = ctx.snapshot().nodes().values().stream()
                .filter(n -> n.spec().kind() == NodeKind.MODEL && n.spec().packageName().equals(ctx.packageName()))
                .sorted(java.util.Comparator.comparing((ParsedNode n) -> described.contains(n.name()))
                        .thenComparing(ParsedNode::name))
                .toList();
        Set<String> seen = new HashSet<>();
        for (ParsedNode model : models) {
            if (seen.add(model.name())) {
                CompletionItem item = out.add(model.name(), model.name(), CompletionItemKind.Module,
                        model.spec().file().originalFilePath(), null);
                CompletionItems.describe(item, described.contains(model.name()) ? "described" : "not described yet");
            }
        }
    }
}
