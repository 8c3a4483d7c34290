package dev.modelsense.services;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.SourceNode;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.jinja.MacroInfo;
import dev.modelsense.project.NodeProperties;

import java.util.List;

/** The Markdown that hovers and completion items show for models, sources, macros and columns. */
final class Markdown {

    private static final int MAX_COLUMNS = 50;
    private static final int MAX_VALUE = 200;

    private Markdown() {
    }

    static String node(DocumentContext ctx, ParsedNode node) {
        StringBuilder md = nodeSummary(node);
        columns(md, ctx.columns().columnsOf(ctx.snapshot(), node.uniqueId()));
        return md.toString();
    }

    /** The node without its columns: what a completion list carries per item, to keep responses small. */
    static String nodeBrief(ParsedNode node) {
        return nodeSummary(node).toString();
    }

    private static StringBuilder nodeSummary(ParsedNode node) {
        StringBuilder md = new StringBuilder();
        md.append("**").append(node.spec().resourceType()).append("** `").append(node.name()).append('`');
        if (node.spec().version() != null) {
            md.append(" v").append(node.spec().version());
        }
        md.append(" · ").append(node.spec().packageName()).append("\n\n");
        NodeProperties properties = node.spec().properties();
        if (properties != null && properties.description() != null && !properties.description().isBlank()) {
            md.append(properties.description().strip()).append("\n\n");
        }
        if (node.spec().kind() == NodeKind.MODEL || node.spec().kind() == NodeKind.SNAPSHOT) {
            md.append("- Materialized: `").append(node.materialized()).append("`\n");
        }
        md.append("- Relation: ").append(node.relationName() == null ? "_ephemeral (a CTE)_"
                : "`" + node.relationName() + "`").append('\n');
        md.append("- File: `").append(node.spec().file().originalFilePath()).append("`\n");
        return md;
    }

    static String source(DocumentContext ctx, SourceNode source) {
        StringBuilder md = new StringBuilder();
        md.append("**source** `").append(source.sourceName()).append('.').append(source.tableName()).append("` · ")
                .append(source.packageName()).append("\n\n");
        String description = source.properties().description();
        if (description == null || description.isBlank()) {
            description = source.properties().sourceDescription();
        }
        if (description != null && !description.isBlank()) {
            md.append(description.strip()).append("\n\n");
        }
        md.append("- Relation: `").append(source.relationName()).append("`\n");
        if (source.properties().loader() != null && !source.properties().loader().isBlank()) {
            md.append("- Loader: ").append(source.properties().loader()).append('\n');
        }
        columns(md, ctx.columns().columnsOf(ctx.snapshot(), source.uniqueId()));
        return md.toString();
    }

    static String macro(DocumentContext ctx, MacroInfo macro) {
        StringBuilder md = new StringBuilder();
        md.append("```jinja\n{% macro ").append(macro.signature()).append(" %}\n```\n");
        md.append("Macro of `").append(macro.packageName()).append("`");
        String description = ctx.snapshot().project().properties().stream().flatMap(f -> f.nodes().stream())
                .filter(n -> n.type() == dev.modelsense.project.ResourceType.MACRO && macro.name().equals(n.name())
                        && macro.packageName().equals(n.packageName()))
                .map(NodeProperties::description).filter(d -> d != null && !d.isBlank()).findFirst()
                .orElseGet(() -> leadingComment(macro.body()));
        if (!description.isEmpty()) {
            md.append("\n\n").append(description);
        }
        return md.toString();
    }

    static String column(ColumnInfo column, String owner) {
        StringBuilder md = new StringBuilder();
        md.append("**column** `").append(column.name()).append('`');
        if (column.dataType() != null && !column.dataType().isBlank()) {
            md.append(": `").append(column.dataType()).append('`');
        }
        md.append("\n\n");
        if (column.description() != null && !column.description().isBlank()) {
            md.append(column.description().strip()).append("\n\n");
        }
        md.append("From `").append(owner).append('`');
        if (column.origin() != null && column.origin().file() != null) {
            md.append(" (").append(column.origin().file().getFileName()).append(':')
                    .append(column.origin().line() + 1).append(')');
        }
        return md.toString();
    }

    private static void columns(StringBuilder md, List<ColumnInfo> columns) {
        if (columns.isEmpty()) {
            return;
        }
        md.append("\n| Column | Type | Description |\n|---|---|---|\n");
        for (ColumnInfo column : columns.subList(0, Math.min(columns.size(), MAX_COLUMNS))) {
            md.append("| `").append(column.name()).append("` | ").append(cell(column.dataType())).append(" | ")
                    .append(cell(column.description())).append(" |\n");
        }
        if (columns.size() > MAX_COLUMNS) {
            md.append("\n_").append(columns.size() - MAX_COLUMNS).append(" more columns_\n");
        }
    }

    private static String cell(String value) {
        return value == null ? "" : value.strip().replace("\n", " ").replace("|", "\\|");
    }

    static String shortValue(Object value) {
        String text = String.valueOf(value);
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "…" : text;
    }

    /** A {@code {# ... #}} comment right after the macro's opening tag, which is how macro authors document them. */
    private static String leadingComment(String body) {
        if (body == null) {
            return "";
        }
        int tagEnd = body.indexOf("%}");
        if (tagEnd < 0) {
            return "";
        }
        String rest = body.substring(tagEnd + 2).stripLeading();
        if (!rest.startsWith("{#")) {
            return "";
        }
        int end = rest.indexOf("#}");
        return end < 0 ? "" : rest.substring(2, end).strip();
    }
}
