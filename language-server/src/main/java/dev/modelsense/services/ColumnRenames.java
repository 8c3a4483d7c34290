package dev.modelsense.services;

import dev.modelsense.compile.CompiledNode;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.conventions.ConventionChecks;
import dev.modelsense.conventions.Fix;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.lineage.ColumnLineage;
import dev.modelsense.lineage.LineageGraph;
import dev.modelsense.lineage.NodeColumns;
import dev.modelsense.sql.ColumnOrigin;
import dev.modelsense.sql.ColumnUse;
import dev.modelsense.sql.OutputColumn;
import dev.modelsense.text.LineIndex;
import dev.modelsense.text.Range;
import dev.modelsense.text.SourceMap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renames a model's output column where it is produced (its alias, or {@code as NEW} after a column passed through
 * unaliased) and everywhere downstream: each child's references to it, the child's own output when it passes the
 * column on (then that child's children in turn), and the {@code - name:} YAML entries of every model whose output
 * changed. Only SQL the user wrote is edited, never what Jinja prints.
 *
 * <p>In a child whose other inputs are all known not to have a column of that name, every use of the name in its SQL
 * is the column (through CTEs and aliases), so each is renamed. Otherwise only the references the analysis resolves
 * to the renamed column directly are; a CTE that passes it on unaliased then keeps the old name further in. A child
 * whose file changed since the snapshot, or whose SQL cannot be analysed, is left alone.
 */
public final class ColumnRenames {

    private static final String NAME = "(?:[A-Za-z_][A-Za-z0-9_$]*|\"[^\"]*\"|`[^`]*`)";
    private static final Pattern BARE_REFERENCE = Pattern.compile(NAME + "(?:\\s*\\.\\s*" + NAME + ")*");

    private final ProjectSnapshot snapshot;
    private final ColumnLineage lineage;
    private final FixEdits edits;
    private final Set<String> visited = new HashSet<>();

    private ColumnRenames(ProjectSnapshot snapshot, ColumnLineage lineage, FixEdits edits) {
        this.snapshot = snapshot;
        this.lineage = lineage;
        this.edits = edits;
    }

    /** Adds the rename's edits; false (and nothing added) when the column cannot be renamed where it is made. */
    public static boolean plan(FixEdits edits, ProjectSnapshot snapshot, ColumnLineage lineage,
                               Fix.RenameColumn fix) {
        ParsedNode model = snapshot.nodes().get(fix.nodeId());
        if (model == null || !ConventionChecks.applies(snapshot, model) || fix.from().equals(fix.to())) {
            return false;
        }
        return new ColumnRenames(snapshot, lineage, edits).renameFrom(model, fix.from(), fix.to());
    }

    private boolean renameFrom(ParsedNode model, String from, String to) {
        Optional<Source> source = source(model);
        Optional<NodeColumns> columns = lineage.build(snapshot, List.of(model.uniqueId())).node(model.uniqueId());
        if (source.isEmpty() || columns.isEmpty()) {
            return false;
        }
        Optional<OutputColumn> column = columns.get().produced().stream()
                .filter(c -> c.name().equalsIgnoreCase(from)).findFirst();
        if (column.isEmpty() || !renameSelectItem(source.get(), column.get(), from, to)) {
            return false;
        }
        visited.add(model.uniqueId());
        PropertyEdits.renameColumnEntries(edits, model, from, to);
        renameDownstream(model, from, to);
        return true;
    }

    /** The alias of the select item, or {@code as TO} after an unaliased column. */
    private boolean renameSelectItem(Source source, OutputColumn column, String from, String to) {
        Optional<int[]> span = source.rawSpan(column.offset(), column.length());
        if (span.isEmpty()) {
            return false;
        }
        String item = source.raw.substring(span.get()[0], span.get()[1]);
        if (BARE_REFERENCE.matcher(item.strip()).matches()) {
            return lastNameIs(item, from) && source.insert(span.get()[0] + item.stripTrailing().length(), " as " + to);
        }
        List<SqlNameTokens.Token> tokens = SqlNameTokens.of(item);
        if (tokens.isEmpty() || !lastNameIs(item, from)) {
            return false; // `*`, or an alias Jinja prints
        }
        SqlNameTokens.Token alias = tokens.get(tokens.size() - 1);
        return source.replace(span.get()[0] + alias.start(), span.get()[0] + alias.end(), to);
    }

    private static boolean lastNameIs(String item, String name) {
        List<SqlNameTokens.Token> tokens = SqlNameTokens.of(item);
        if (tokens.isEmpty()) {
            return false;
        }
        SqlNameTokens.Token last = tokens.get(tokens.size() - 1);
        String after = item.substring(Math.min(item.length(), last.end() + (last.quoted() ? 1 : 0)));
        return matches(last, name) && after.isBlank();
    }

    private void renameDownstream(ParsedNode parent, String from, String to) {
        for (String childId : snapshot.graph().children(parent.uniqueId())) {
            ParsedNode child = snapshot.nodes().get(childId);
            if (child == null || child.spec().kind() != NodeKind.MODEL || !ConventionChecks.applies(snapshot, child)
                    || !visited.add(childId)) {
                continue;
            }
            try {
                renameInChild(parent, child, from, to);
            } catch (RuntimeException e) {
                // a child whose analysis fails keeps its text; the others are still renamed
            }
        }
    }

    private void renameInChild(ParsedNode parent, ParsedNode child, String from, String to) {
        List<String> ids = new ArrayList<>(snapshot.graph().parents(child.uniqueId()));
        ids.add(child.uniqueId());
        LineageGraph graph = lineage.build(snapshot, ids);
        Optional<NodeColumns> columns = graph.node(child.uniqueId());
        Optional<Source> source = source(child);
        if (columns.isEmpty() || source.isEmpty()) {
            return;
        }
        String parentRelation = relationKey(parent.relationName());
        List<ColumnUse> uses = columns.get().uses().stream()
                .filter(use -> relationKey(use.relation()).equals(parentRelation) && use.column().equalsIgnoreCase(from))
                .toList();
        Optional<OutputColumn> passed = columns.get().produced().stream()
                .filter(c -> c.name().equalsIgnoreCase(from)).findFirst();
        boolean fromParent = passed.isPresent() && passed.get().origins().stream().anyMatch(origin ->
                relationKey(origin.relation()).equals(parentRelation) && origin.column().equalsIgnoreCase(from));
        if (uses.isEmpty() && !fromParent) {
            return;
        }
        boolean outputRenamed;
        if (onlyParentHas(graph, parent, child, from) && (passed.isEmpty() || fromParent)) {
            for (SqlNameTokens.Token token : SqlNameTokens.of(source.get().raw)) {
                if (matches(token, from)) {
                    source.get().replace(token.start(), token.end(), to);
                }
            }
            outputRenamed = fromParent;
        } else {
            for (ColumnUse use : uses) {
                renameReference(source.get(), use.offset(), use.length(), from, to);
            }
            outputRenamed = fromParent && passesUnaliased(source.get(), passed.get(), from);
        }
        if (outputRenamed) {
            PropertyEdits.renameColumnEntries(edits, child, from, to);
            renameDownstream(child, from, to);
        }
    }

    /** Whether the parent is the only input of the child known to have the column (and every input is known). */
    private boolean onlyParentHas(LineageGraph graph, ParsedNode parent, ParsedNode child, String column) {
        for (String other : snapshot.graph().parents(child.uniqueId())) {
            if (other.equals(parent.uniqueId())) {
                continue;
            }
            Optional<NodeColumns> columns = graph.node(other);
            if (columns.isEmpty() || columns.get().columns().isEmpty() || columns.get().column(column).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** A column the child selects as it is ({@code col}, {@code t.col} or through {@code *}). */
    private static boolean passesUnaliased(Source source, OutputColumn column, String from) {
        String item = source.compiled.substring(column.offset(), column.offset() + column.length()).strip();
        return item.endsWith("*") || (BARE_REFERENCE.matcher(item).matches() && lastNameIs(item, from));
    }

    private static void renameReference(Source source, int offset, int length, String from, String to) {
        Optional<int[]> span = source.rawSpan(offset, length);
        if (span.isEmpty()) {
            return;
        }
        String reference = source.raw.substring(span.get()[0], span.get()[1]);
        List<SqlNameTokens.Token> tokens = SqlNameTokens.of(reference);
        if (!tokens.isEmpty() && lastNameIs(reference, from)) {
            SqlNameTokens.Token last = tokens.get(tokens.size() - 1);
            source.replace(span.get()[0] + last.start(), span.get()[0] + last.end(), to);
        }
    }

    private static boolean matches(SqlNameTokens.Token token, String name) {
        return token.quoted() ? token.name().equals(name) : token.name().equalsIgnoreCase(name);
    }

    private static String relationKey(String relation) {
        return relation == null ? "" : relation.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
    }

    private Optional<Source> source(ParsedNode node) {
        CompiledNode compiled = snapshot.compiled().get(node.uniqueId());
        String fileText = node.spec().file().text();
        if (compiled == null || compiled.failed() || compiled.renderedSql() == null || fileText == null) {
            return Optional.empty();
        }
        Optional<String> current = edits.text(node.spec().file().path());
        if (current.isEmpty() || !current.get().equals(fileText)) {
            return Optional.empty(); // edited since the snapshot: offsets would land elsewhere
        }
        String raw = node.spec().rawCode();
        LineIndex fileLines = LineIndex.of(fileText);
        if (node.spec().bodyLine() >= fileLines.lineCount()) {
            return Optional.empty();
        }
        int base = fileLines.lineStart(node.spec().bodyLine());
        if (!fileText.startsWith(raw, base)) {
            return Optional.empty();
        }
        return Optional.of(new Source(node, raw, base, compiled.renderedSql()));
    }

    /** A model's raw SQL, where it sits in its file, and its compiled SQL mapped back onto it. */
    private final class Source {
        private final ParsedNode node;
        private final String raw;
        private final int base;
        private final String compiled;
        private SourceMap map;

        Source(ParsedNode node, String raw, int base, String compiled) {
            this.node = node;
            this.raw = raw;
            this.base = base;
            this.compiled = compiled;
        }

        /** The raw span a compiled span came from, when Jinja copied it verbatim. */
        Optional<int[]> rawSpan(int offset, int length) {
            if (offset < 0 || length <= 0 || offset + length > compiled.length()) {
                return Optional.empty();
            }
            if (map == null) {
                map = SourceMap.align(raw, compiled);
            }
            LineIndex lines = LineIndex.of(raw);
            Range range = map.toRawRange(offset, offset + length, lines);
            int start = lines.offsetAt(range.start());
            int end = lines.offsetAt(range.end());
            String expected = compiled.substring(offset, offset + length);
            return end - start == length && raw.startsWith(expected, start) ? Optional.of(new int[] {start, end})
                    : Optional.empty();
        }

        boolean replace(int rawStart, int rawEnd, String text) {
            edits.replace(node.spec().file().path(), base + rawStart, base + rawEnd, text);
            return true;
        }

        boolean insert(int rawOffset, String text) {
            return replace(rawOffset, rawOffset, text);
        }
    }
}
