package dev.modelsense.services;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.SourceNode;
import dev.modelsense.jinja.DocsBlock;
import dev.modelsense.jinja.MacroInfo;
import dev.modelsense.jinja.MacroKind;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Completions inside the string arguments of {@code ref}, {@code source}, {@code var}, {@code doc} and {@code config}. */
final class NameCompletions {

    /** dbt's model config keys (NodeConfig, SnapshotConfig and the microbatch additions). */
    static final List<String> CONFIG_KEYS = List.of("materialized", "schema", "database", "alias", "tags", "enabled",
            "unique_key", "incremental_strategy", "on_schema_change", "pre_hook", "post_hook", "persist_docs",
            "full_refresh", "meta", "grants", "contract", "docs", "group", "access", "quoting", "column_types",
            "packages", "event_time", "batch_size", "lookback", "begin", "concurrent_batches",
            "incremental_predicates", "merge_update_columns", "merge_exclude_columns", "sql_header", "strategy",
            "updated_at", "check_cols", "target_schema", "target_database", "hard_deletes", "snapshot_meta_column_names",
            "dbt_valid_to_current");
    private static final List<String> BUILT_IN_MATERIALIZATIONS =
            List.of("view", "table", "incremental", "ephemeral", "materialized_view");
    /** Materializations dbt uses for other resource types; never a model's choice. */
    private static final Set<String> NOT_FOR_MODELS = Set.of("seed", "snapshot", "test", "unit", "clone");
    private static final Map<String, List<String>> CONFIG_VALUES = Map.of(
            "incremental_strategy", List.of("append", "merge", "delete+insert", "insert_overwrite", "microbatch"),
            "on_schema_change", List.of("ignore", "fail", "append_new_columns", "sync_all_columns"),
            "access", List.of("private", "protected", "public"),
            "strategy", List.of("timestamp", "check"));

    private NameCompletions() {
    }

    static void complete(DocumentContext ctx, CursorContext.InString at, CompletionItems out) {
        switch (at.function()) {
            case "ref" -> refs(ctx, at, out);
            case "source" -> sources(ctx, at, out);
            case "var" -> {
                if (at.positionalIndex() == 0 && at.keyword() == null) {
                    vars(ctx, at, out);
                }
            }
            case "doc" -> docs(ctx, at, out);
            case "config" -> configValues(ctx, at, out);
            default -> {
            }
        }
    }

    private static void refs(DocumentContext ctx, CursorContext.InString at, CompletionItems out) {
        if (at.keyword() != null) {
            return;
        }
        String q = String.valueOf(at.quote());
        String root = ctx.snapshot().project().root().name();
        String here = ctx.packageName();
        String onlyPackage = at.positionalIndex() == 1 ? at.previous().get(0) : null;
        if (at.positionalIndex() > 1 || at.positionalIndex() == 1 && onlyPackage == null) {
            return;
        }
        Map<String, List<ParsedNode>> models = new LinkedHashMap<>();
        for (ParsedNode node : ProjectLookup.refables(ctx.snapshot())) {
            if (onlyPackage == null || node.spec().packageName().equals(onlyPackage)) {
                models.computeIfAbsent(node.spec().packageName() + "." + node.name(), k -> new java.util.ArrayList<>())
                        .add(node);
            }
        }
        for (List<ParsedNode> versions : models.values()) {
            if (out.full()) {
                return;
            }
            ParsedNode first = versions.get(0);
            String pkg = first.spec().packageName();
            boolean qualify = onlyPackage == null && !pkg.equals(root) && !pkg.equals(here);
            String text = qualify ? pkg + q + ", " + q + first.name() : first.name();
            Object latestVersion = ProjectLookup.latestVersion(versions);
            ParsedNode latest = versions.stream().filter(n -> latestVersion == null ? n.spec().version() == null
                    : ProjectLookup.sameVersion(n.spec().version(), latestVersion)).findFirst().orElse(first);
            CompletionItem item = out.addLazy(first.name(), first.name(), text + q, CompletionItemKind.Module,
                    kindLabel(latest), () -> Markdown.nodeBrief(latest));
            CompletionItems.describe(item, pkg.equals(root) ? null : pkg);
            if (first.spec().version() != null) {
                for (ParsedNode version : versions) {
                    String v = String.valueOf(version.spec().version());
                    CompletionItem pinned = out.addLazy(first.name() + " v" + v, first.name(), text + q + ", v=" + v,
                            CompletionItemKind.Module, kindLabel(version), () -> Markdown.nodeBrief(version));
                    CompletionItems.describe(pinned, "version " + v);
                }
            }
        }
    }

    private static String kindLabel(ParsedNode node) {
        return node.spec().resourceType() + (node.spec().kind() == dev.modelsense.graph.NodeKind.MODEL
                ? " · " + node.materialized() : "") + " · " + node.spec().packageName();
    }

    private static void sources(DocumentContext ctx, CursorContext.InString at, CompletionItems out) {
        if (at.keyword() != null) {
            return;
        }
        String q = String.valueOf(at.quote());
        if (at.positionalIndex() == 0) {
            Set<String> seen = new LinkedHashSet<>();
            for (SourceNode source : enabledSources(ctx)) {
                if (seen.add(source.sourceName())) {
                    out.add(source.sourceName(), source.sourceName() + q, CompletionItemKind.Folder,
                            "source · " + source.packageName(), source.properties().sourceDescription());
                }
            }
        } else if (at.positionalIndex() == 1 && at.previous().get(0) != null) {
            for (SourceNode source : enabledSources(ctx)) {
                if (source.sourceName().equals(at.previous().get(0))) {
                    out.addLazy(source.tableName(), source.tableName() + q, CompletionItemKind.Struct,
                            source.relationName(), () -> Markdown.source(ctx, source));
                }
            }
        }
    }

    private static List<SourceNode> enabledSources(DocumentContext ctx) {
        return ctx.snapshot().sources().values().stream().filter(SourceNode::enabled)
                .sorted(java.util.Comparator.comparing(SourceNode::uniqueId)).toList();
    }

    private static void vars(DocumentContext ctx, CursorContext.InString at, CompletionItems out) {
        String q = String.valueOf(at.quote());
        for (ProjectNames.Var var : ProjectNames.vars(ctx.snapshot())) {
            out.add(var.name(), var.name() + q, CompletionItemKind.Variable, "var · " + var.packageName(),
                    "```yaml\n" + var.name() + ": " + Markdown.shortValue(var.value()) + "\n```");
        }
    }

    private static void docs(DocumentContext ctx, CursorContext.InString at, CompletionItems out) {
        if (at.keyword() != null || at.positionalIndex() > 1) {
            return;
        }
        String q = String.valueOf(at.quote());
        String onlyPackage = at.positionalIndex() == 1 ? at.previous().get(0) : null;
        for (DocsBlock doc : ProjectNames.docs(ctx.snapshot())) {
            if (onlyPackage == null || doc.packageName().equals(onlyPackage)) {
                out.add(doc.name(), doc.name() + q, CompletionItemKind.Text, "docs · " + doc.packageName(),
                        doc.text().strip());
            }
        }
    }

    private static void configValues(DocumentContext ctx, CursorContext.InString at, CompletionItems out) {
        if (at.keyword() == null) {
            return;
        }
        String q = String.valueOf(at.quote());
        if (at.keyword().equals("materialized")) {
            Set<String> names = new LinkedHashSet<>(BUILT_IN_MATERIALIZATIONS);
            for (MacroInfo macro : ctx.snapshot().macros().all()) {
                if (macro.kind() == MacroKind.MATERIALIZATION) {
                    names.add(ProjectLookup.materializationName(macro));
                }
            }
            names.removeAll(NOT_FOR_MODELS);
            for (String name : names) {
                out.add(name, name + q, CompletionItemKind.EnumMember,
                        BUILT_IN_MATERIALIZATIONS.contains(name) ? "materialization" : "custom materialization", null);
            }
            return;
        }
        for (String value : CONFIG_VALUES.getOrDefault(at.keyword(), List.of())) {
            out.add(value, value + q, CompletionItemKind.EnumMember, at.keyword(), null);
        }
    }

    /** {@code config(|}: keyword arguments. */
    static void configKeys(CompletionItems out) {
        for (String key : CONFIG_KEYS) {
            out.add(key, key + "=", CompletionItemKind.Property, "config", null);
        }
    }
}
