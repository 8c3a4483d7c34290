package dev.modelsense.services;

import dev.modelsense.jinja.MacroInfo;
import dev.modelsense.jinja.MacroKind;
import dev.modelsense.jinja.MacroRegistry;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Names in Jinja: macros (root, {@code pkg.macro}, {@code dbt.macro}), dbt's context functions, tags and snippets. */
final class JinjaCompletions {

    /** Functions and objects dbt puts in every node's context. */
    private static final Map<String, String> CONTEXT = new java.util.LinkedHashMap<>();
    private static final List<String> TAGS = List.of("if", "elif", "else", "endif", "for", "endfor", "set", "endset",
            "macro", "endmacro", "call", "endcall", "filter", "endfilter", "do", "raw", "endraw", "docs", "enddocs",
            "snapshot", "endsnapshot", "test", "endtest", "materialization", "endmaterialization");

    static {
        CONTEXT.put("ref", "ref('model_name')");
        CONTEXT.put("source", "source('source_name', 'table_name')");
        CONTEXT.put("var", "var('name', default)");
        CONTEXT.put("env_var", "env_var('NAME', default)");
        CONTEXT.put("config", "config(materialized='view', ...)");
        CONTEXT.put("is_incremental", "is_incremental()");
        CONTEXT.put("this", "the relation this model builds");
        CONTEXT.put("target", "the active target (name, schema, type ...)");
        CONTEXT.put("adapter", "the warehouse adapter");
        CONTEXT.put("run_query", "run_query(sql)");
        CONTEXT.put("log", "log(message, info=False)");
        CONTEXT.put("return", "return(value)");
        CONTEXT.put("exceptions", "exceptions.raise_compiler_error(message)");
        CONTEXT.put("execute", "true when dbt executes, false while parsing");
        CONTEXT.put("model", "the node being compiled");
        CONTEXT.put("graph", "the project graph");
        CONTEXT.put("modules", "datetime, re, itertools, pytz");
        CONTEXT.put("doc", "doc('docs_block')");
        CONTEXT.put("tojson", "tojson(value)");
        CONTEXT.put("fromjson", "fromjson(text)");
        CONTEXT.put("zip", "zip(a, b)");
        CONTEXT.put("invocation_id", "the run's id");
        CONTEXT.put("run_started_at", "when the run started");
    }

    private JinjaCompletions() {
    }

    static void complete(DocumentContext ctx, CursorContext.JinjaName at, CompletionItems out) {
        if (at.namespace() != null) {
            macrosOf(ctx, at.namespace(), out);
            return;
        }
        if (at.tagStart()) {
            snippets(out);
            for (String tag : TAGS) {
                out.add(tag, tag, CompletionItemKind.Keyword, "jinja tag", null);
            }
        }
        bareMacros(ctx, out);
        CONTEXT.forEach((name, detail) -> out.add(name, name, CompletionItemKind.Function, detail, null));
        packageNamespaces(ctx, out);
    }

    /** Block snippets; the tag's own delimiters are already typed, so each starts inside the first tag. */
    private static void snippets(CompletionItems out) {
        out.snippet("if … endif", "if ${1:condition} %}\n$0\n{% endif", "{% if %}…{% endif %}");
        out.snippet("for … endfor", "for ${1:item} in ${2:items} %}\n$0\n{% endfor", "{% for %}…{% endfor %}");
        out.snippet("macro … endmacro", "macro ${1:name}(${2:args}) %}\n$0\n{% endmacro",
                "{% macro %}…{% endmacro %}");
        out.snippet("set", "set ${1:name} = ${2:value}", "{% set name = value %}");
        out.snippet("set … endset", "set ${1:name} %}\n$0\n{% endset", "{% set %}…{% endset %}");
        out.snippet("call … endcall", "call ${1:macro}(${2}) %}\n$0\n{% endcall", "{% call %}…{% endcall %}");
        out.snippet("if is_incremental()", "if is_incremental() %}\n$0\n{% endif", "incremental filter");
    }

    /** Root project macros, then dbt's own not shadowed by the root (dispatch implementations left out). */
    private static void bareMacros(DocumentContext ctx, CompletionItems out) {
        MacroRegistry macros = ctx.snapshot().macros();
        Set<String> seen = new HashSet<>();
        for (String pkg : List.of(ctx.packageName(), macros.rootPackage(), MacroRegistry.INTERNAL_PACKAGE)) {
            for (MacroInfo macro : callable(ctx, pkg)) {
                if (seen.add(macro.name())) {
                    add(ctx, macro, macro.name(), out);
                }
            }
        }
    }

    private static void macrosOf(DocumentContext ctx, String namespace, CompletionItems out) {
        boolean known = namespace.equals(MacroRegistry.INTERNAL_PACKAGE)
                || ctx.snapshot().macros().packages().contains(namespace)
                || namespace.equals(ctx.snapshot().macros().rootPackage());
        if (known) {
            for (MacroInfo macro : callable(ctx, namespace)) {
                add(ctx, macro, macro.name(), out);
            }
        }
    }

    /** {@code dbt_utils.star} style items for installed packages; their filter text is the qualified name. */
    private static void packageNamespaces(DocumentContext ctx, CompletionItems out) {
        for (String pkg : ctx.snapshot().macros().packages()) {
            if (pkg.equals(ctx.packageName())) {
                continue;
            }
            for (MacroInfo macro : callable(ctx, pkg)) {
                add(ctx, macro, pkg + "." + macro.name(), out);
            }
        }
    }

    private static List<MacroInfo> callable(DocumentContext ctx, String pkg) {
        List<MacroInfo> result = new ArrayList<>();
        for (MacroInfo macro : ctx.snapshot().macros().all()) {
            if (macro.packageName().equals(pkg) && macro.kind() == MacroKind.MACRO
                    && !(pkg.equals(MacroRegistry.INTERNAL_PACKAGE) && isDispatchImplementation(macro.name()))) {
                result.add(macro);
            }
        }
        result.sort(Comparator.comparing(MacroInfo::name));
        return result;
    }

    /** {@code default__x}, {@code duckdb__x}: called through {@code adapter.dispatch}, not by users. */
    private static boolean isDispatchImplementation(String name) {
        return name.contains("__");
    }

    private static void add(DocumentContext ctx, MacroInfo macro, String label, CompletionItems out) {
        CompletionItem item = out.addLazy(label, label, CompletionItemKind.Function, macro.signature(),
                () -> Markdown.macro(ctx, macro));
        CompletionItems.describe(item, macro.packageName());
    }
}
