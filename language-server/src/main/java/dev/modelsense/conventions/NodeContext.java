package dev.modelsense.conventions;

import dev.modelsense.checks.SqlChecks;
import dev.modelsense.compile.CompiledNode;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.sql.OutputColumn;
import dev.modelsense.text.LineIndex;
import dev.modelsense.text.Range;
import dev.modelsense.text.SourceMap;

import java.util.List;
import java.util.Optional;

/** What a node rule looks at: the node, its snapshot, the rules, and its output columns computed once. */
final class NodeContext {

    /** A 0-based line and UTF-16 column in the model's file. */
    record FilePosition(int line, int column) {
    }

    private final ProjectSnapshot snapshot;
    private final Conventions conventions;
    private final ParsedNode node;
    private final SqlChecks sql;
    private final ColumnTypes types;
    private Optional<List<OutputColumn>> outputColumns;
    private Optional<List<TypedColumn>> typedColumns;
    private SourceMap sourceMap;
    private LineIndex rawLines;

    NodeContext(ProjectSnapshot snapshot, Conventions conventions, ParsedNode node, SqlChecks sql) {
        this(snapshot, conventions, node, sql, new ColumnTypes(sql));
    }

    NodeContext(ProjectSnapshot snapshot, Conventions conventions, ParsedNode node, SqlChecks sql, ColumnTypes types) {
        this.snapshot = snapshot;
        this.conventions = conventions;
        this.node = node;
        this.sql = sql;
        this.types = types;
    }

    ProjectSnapshot snapshot() {
        return snapshot;
    }

    Conventions conventions() {
        return conventions;
    }

    ParsedNode node() {
        return node;
    }

    SqlChecks sql() {
        return sql;
    }

    /** The columns the model's compiled query produces, {@code select *} expanded; empty when unknown. */
    Optional<List<OutputColumn>> outputColumns() {
        if (outputColumns == null) {
            outputColumns = sql.outputColumns(snapshot, node);
        }
        return outputColumns;
    }

    /** The output columns with their inferred and declared types; empty when the columns are unknown. */
    Optional<List<TypedColumn>> typedColumns() {
        if (typedColumns == null) {
            typedColumns = types.of(snapshot, node);
        }
        return typedColumns;
    }

    /**
     * Where a column's name is written in the model file: its alias (or column name) within the select item, mapped
     * from the compiled SQL back through the template; the star for a column a {@code *} expands to. Falls back to
     * the start of the model's body when the compiled SQL is unavailable.
     */
    FilePosition positionOf(OutputColumn column) {
        CompiledNode compiled = snapshot.compiled().get(node.uniqueId());
        if (compiled == null || compiled.renderedSql() == null) {
            return new FilePosition(node.spec().bodyLine(), 0);
        }
        String rendered = compiled.renderedSql();
        int start = Math.min(column.offset(), rendered.length());
        int end = Math.min(column.offset() + column.length(), rendered.length());
        int at = start + aliasOffset(rendered.substring(start, end), column.name());
        return rawPosition(at);
    }

    /** A compiled-SQL offset as a position in the model file. */
    FilePosition rawPosition(int compiledOffset) {
        CompiledNode compiled = snapshot.compiled().get(node.uniqueId());
        String rendered = compiled.renderedSql();
        String raw = node.spec().rawCode();
        if (sourceMap == null) {
            sourceMap = SourceMap.align(raw, rendered);
            rawLines = LineIndex.of(raw);
        }
        int offset = Math.min(compiledOffset, rendered.length());
        Range range = sourceMap.toRawRange(offset, Math.min(offset + 1, rendered.length()), rawLines);
        return new FilePosition(node.spec().bodyLine() + range.start().line(), range.start().character());
    }

    /** The offset of the last whole-word occurrence of {@code name} (quoted or not) in a select item; 0 for a star
     *  or when the name is not written there. */
    static int aliasOffset(String item, String name) {
        if (name == null || item.isEmpty() || item.endsWith("*")) {
            return 0;
        }
        String lowerItem = item.toLowerCase(java.util.Locale.ROOT);
        String lowerName = name.toLowerCase(java.util.Locale.ROOT);
        for (int at = lowerItem.lastIndexOf(lowerName); at >= 0; at = lowerItem.lastIndexOf(lowerName, at - 1)) {
            int after = at + lowerName.length();
            boolean startsWord = at == 0 || !isWordChar(item.charAt(at - 1));
            boolean endsWord = after >= item.length() || !isWordChar(item.charAt(after));
            if (startsWord && endsWord) {
                boolean quoted = at > 0 && after < item.length() && "\"`[".indexOf(item.charAt(at - 1)) >= 0;
                return quoted ? at - 1 : at;
            }
            if (at == 0) {
                break;
            }
        }
        return 0;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
