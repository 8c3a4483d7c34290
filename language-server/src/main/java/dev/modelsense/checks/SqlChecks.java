package dev.modelsense.checks;

import dev.modelsense.compile.CompiledNode;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.Problem;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.SourceNode;
import dev.modelsense.project.ColumnProperties;
import dev.modelsense.project.Severity;
import dev.modelsense.sql.Columns;
import dev.modelsense.sql.OutputColumn;
import dev.modelsense.sql.SqlAnalysis;
import dev.modelsense.sql.SqlAnalyzer;
import dev.modelsense.sql.SqlDialect;
import dev.modelsense.sql.SyntaxError;
import dev.modelsense.sql.UpstreamColumns;
import dev.modelsense.text.LineIndex;
import dev.modelsense.text.Range;
import dev.modelsense.text.SourceMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks each model's compiled SQL: syntax errors, shown at the raw template range that produced them, and columns
 * documented in YAML that the query does not produce (when its output columns are known). Analyses are cached by
 * compiled SQL, so an edit re-analyses only what changed.
 */
public final class SqlChecks {

    /** An analysis and the upstream columns it was computed with; valid while those stay the same. */
    private record Cached(SqlAnalysis analysis, Map<String, Optional<List<String>>> upstreamSeen) {
    }

    private final SqlAnalyzer analyzer;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    /** Relation names of one snapshot shape ({@link ProjectSnapshot#shape()}). */
    private record RelationIds(Object shape, Map<String, String> ids) {
    }

    private volatile RelationIds relationIds;

    /** The cached analyses (by SQL, compared by identity) already found valid in one snapshot. */
    private record Validated(ProjectSnapshot snapshot, Map<String, Cached> analyses) {
    }

    private volatile Validated validated;

    public SqlChecks(SqlAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The problems of one node of this snapshot (empty when it did not compile). */
    public List<Problem> check(ProjectSnapshot snapshot, ParsedNode node) {
        CompiledNode compiled = snapshot.compiled().get(node.uniqueId());
        if (compiled == null || compiled.failed() || compiled.renderedSql() == null) {
            return List.of();
        }
        SqlAnalysis analysis = analyze(snapshot, compiled.renderedSql(), new HashSet<>());
        List<Problem> problems = new ArrayList<>();
        analysis.syntaxError().ifPresent(error -> problems.add(syntaxProblem(node, compiled, error)));
        if (analysis.columns() instanceof Columns.Known known) {
            problems.addAll(missingDocumentedColumns(node, known.columns()));
        } else if (analysis.timedOut() || tooLarge(analysis)) {
            // the budget protects the editor from exponential parses; say so instead of silently checking nothing
            problems.add(new Problem("sql-analysis-skipped", Severity.INFO, "SQL checks skipped for this model: "
                    + ((Columns.Unknown) analysis.columns()).why(), node.spec().file().path(),
                    node.spec().bodyLine(), 0, List.of()));
        }
        return problems;
    }

    private static boolean tooLarge(SqlAnalysis analysis) {
        String why = ((Columns.Unknown) analysis.columns()).why();
        return why.contains("larger than") || why.contains("levels deep");
    }

    /** The output columns of a node's query, when they can be known. */
    public Optional<List<OutputColumn>> outputColumns(ProjectSnapshot snapshot, ParsedNode node) {
        CompiledNode compiled = snapshot.compiled().get(node.uniqueId());
        if (compiled == null || compiled.failed() || compiled.renderedSql() == null) {
            return Optional.empty();
        }
        SqlAnalysis analysis = analyze(snapshot, compiled.renderedSql(), new HashSet<>());
        return analysis.columns() instanceof Columns.Known known ? Optional.of(known.columns()) : Optional.empty();
    }

    private SqlAnalysis analyze(ProjectSnapshot snapshot, String sql, Set<String> visiting) {
        Cached cached = cache.get(sql);
        if (cached != null) {
            // a snapshot never changes: an analysis found valid in it stays valid, without walking its upstream again
            Map<String, Cached> valid = validIn(snapshot);
            if (valid.get(sql) == cached) {
                return cached.analysis();
            }
            if (stillValid(snapshot, cached, visiting)) {
                valid.put(sql, cached);
                return cached.analysis();
            }
        }
        Map<String, Optional<List<String>>> seen = new ConcurrentHashMap<>();
        UpstreamColumns upstream = relationName -> {
            Optional<List<String>> columns = upstreamColumns(snapshot, relationName, visiting);
            seen.put(relationName, columns);
            return columns;
        };
        SqlAnalysis analysis = analyzer.analyze(sql, SqlDialect.of(snapshot.project().target().type()), upstream);
        if (cache.size() > 50_000) {
            cache.clear();
        }
        cache.put(sql, new Cached(analysis, seen));
        return analysis;
    }

    private boolean stillValid(ProjectSnapshot snapshot, Cached cached, Set<String> visiting) {
        for (Map.Entry<String, Optional<List<String>>> entry : cached.upstreamSeen().entrySet()) {
            if (!upstreamColumns(snapshot, entry.getKey(), visiting).equals(entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Columns of an upstream relation: its own query's output, else its YAML columns, else its seed header. */
    private Optional<List<String>> upstreamColumns(ProjectSnapshot snapshot, String relationName, Set<String> visiting) {
        String id = relations(snapshot).get(relationName);
        ParsedNode candidate = id == null ? null : snapshot.nodes().get(id);
        if (candidate != null) {
            if (!visiting.add(candidate.uniqueId())) {
                return Optional.empty(); // a loop through star selects
            }
            try {
                CompiledNode compiled = snapshot.compiled().get(candidate.uniqueId());
                if (compiled != null && !compiled.failed() && compiled.renderedSql() != null
                        && analyze(snapshot, compiled.renderedSql(), visiting).columns()
                        instanceof Columns.Known known) {
                    return Optional.of(known.columns().stream().map(OutputColumn::name).toList());
                }
                return documentedColumns(candidate);
            } finally {
                visiting.remove(candidate.uniqueId());
            }
        }
        SourceNode source = id == null ? null : snapshot.sources().get(id);
        if (source == null || source.properties().columns() == null || source.properties().columns().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(source.properties().columns().stream().map(ColumnProperties::name).toList());
    }

    private Map<String, Cached> validIn(ProjectSnapshot snapshot) {
        Validated current = validated;
        if (current == null || current.snapshot() != snapshot) {
            current = new Validated(snapshot, new ConcurrentHashMap<>());
            validated = current;
        }
        return current.analyses();
    }

    /** Relation name to node or source id; rebuilt only when the snapshot's shape changed. */
    private Map<String, String> relations(ProjectSnapshot snapshot) {
        RelationIds current = relationIds;
        if (current == null || current.shape() != snapshot.shape()) {
            Map<String, String> index = new HashMap<>();
            snapshot.enabledNodes().forEach(n -> {
                if (n.relationName() != null) {
                    index.putIfAbsent(n.relationName(), n.uniqueId());
                }
            });
            snapshot.sources().values().forEach(s -> {
                if (s.relationName() != null) {
                    index.putIfAbsent(s.relationName(), s.uniqueId());
                }
            });
            current = new RelationIds(snapshot.shape(), index);
            relationIds = current;
        }
        return current.ids();
    }

    private static Optional<List<String>> documentedColumns(ParsedNode node) {
        List<ColumnProperties> columns = node.documentedColumns();
        return columns.isEmpty() ? Optional.empty() : Optional.of(columns.stream().map(ColumnProperties::name).toList());
    }

    private static Problem syntaxProblem(ParsedNode node, CompiledNode compiled, SyntaxError error) {
        String raw = node.spec().rawCode();
        SourceMap map = SourceMap.align(raw, compiled.renderedSql());
        int offset = Math.min(error.offset(), compiled.renderedSql().length());
        Range range = map.toRawRange(offset, Math.min(offset + 1, compiled.renderedSql().length()), LineIndex.of(raw));
        return new Problem("sql-syntax", Severity.ERROR, "SQL syntax error in the compiled query: " + error.message(),
                node.spec().file().path(), node.spec().bodyLine() + range.start().line(), range.start().character(),
                List.of());
    }

    private static List<Problem> missingDocumentedColumns(ParsedNode node, List<OutputColumn> produced) {
        if (node.contractEnforced()) {
            return List.of(); // the model contract's own check reports a declared column the query lacks
        }
        List<ColumnProperties> documented = node.documentedColumns();
        Set<String> names = new HashSet<>();
        produced.forEach(c -> names.add(c.name().toLowerCase(Locale.ROOT)));
        List<Problem> problems = new ArrayList<>();
        for (ColumnProperties column : documented) {
            if (!names.contains(column.name().toLowerCase(Locale.ROOT)) && column.location() != null) {
                problems.add(new Problem("column-not-produced", Severity.WARNING, "Column '" + column.name()
                        + "' is documented for " + node.name() + " but its query does not produce it",
                        column.location().file(), column.location().line(), column.location().column(), List.of()));
            }
        }
        return problems;
    }
}
