package dev.modelsense.lineage;

import dev.modelsense.compile.CompiledNode;
import dev.modelsense.compile.MetadataCache;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.SourceNode;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.jinja.ColumnInfo;
import dev.modelsense.sql.ColumnOrigin;
import dev.modelsense.sql.Columns;
import dev.modelsense.sql.OutputColumn;
import dev.modelsense.sql.SqlAnalysis;
import dev.modelsense.sql.SqlAnalyzer;
import dev.modelsense.sql.SqlDialect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the column lineage of a snapshot from each node's analysed SQL. Analyses are memoized by compiled SQL and
 * reused while the upstream columns they were computed with stay the same, so a rebuild after an edit re-analyses
 * only the edited model and the models whose star selects it changed. Thread-safe.
 */
public final class ColumnLineage {

    private record Cached(SqlAnalysis analysis, Map<String, Optional<List<String>>> upstreamSeen) {
    }

    private static final int MEMO_LIMIT = 50_000;

    private final SqlAnalyzer analyzer;
    private final MetadataCache metadata;
    private final Map<String, Cached> memo = new ConcurrentHashMap<>();
    /** The latest snapshot's build: per-node requests on one snapshot (hovers, diagnostics) share its results. */
    private volatile Run lastRun;

    public ColumnLineage(SqlAnalyzer analyzer) {
        this(analyzer, MetadataCache.EMPTY);
    }

    /** With a metadata cache, a source or seed nobody documented takes its columns from the warehouse's answer. */
    public ColumnLineage(SqlAnalyzer analyzer, MetadataCache metadata) {
        this.analyzer = analyzer;
        this.metadata = metadata;
    }

    /** Every node's columns and column edges, analysed layer by layer in parallel. */
    public LineageGraph build(ProjectSnapshot snapshot) {
        Run run = runFor(snapshot);
        for (List<String> layer : snapshot.graph().layers()) {
            layer.parallelStream().forEach(id -> run.node(id, new HashSet<>()));
        }
        return new LineageGraph(snapshot, run.done, run.relations);
    }

    /** The given nodes' columns and edges; their upstream nodes are analysed only as far as a star needs them. */
    public LineageGraph build(ProjectSnapshot snapshot, Collection<String> nodeIds) {
        Run run = runFor(snapshot);
        nodeIds.forEach(id -> run.node(id, new HashSet<>()));
        return new LineageGraph(snapshot, run.done, run.relations);
    }

    private Run runFor(ProjectSnapshot snapshot) {
        Run run = lastRun;
        if (run == null || run.snapshot != snapshot) {
            run = new Run(snapshot, run != null && run.snapshot.shape() == snapshot.shape() ? run.relations : null);
            lastRun = run;
        }
        return run;
    }

    /** One build over one snapshot; each node is worked out once. */
    private final class Run {
        private final ProjectSnapshot snapshot;
        private final RelationIndex relations;
        private final SqlDialect dialect;
        private final Map<String, NodeColumns> done = new ConcurrentHashMap<>();

        /** @param relations the index of an earlier snapshot of the same shape, or null to build one */
        Run(ProjectSnapshot snapshot, RelationIndex relations) {
            this.snapshot = snapshot;
            this.relations = relations != null ? relations : new RelationIndex(snapshot);
            this.dialect = SqlDialect.of(snapshot.project().target().type());
        }

        NodeColumns node(String nodeId, Set<String> visiting) {
            NodeColumns known = done.get(nodeId);
            if (known != null) {
                return known;
            }
            if (!visiting.add(nodeId)) {
                return declaredOnly(nodeId, Optional.of("it selects from itself through a loop"));
            }
            try {
                NodeColumns computed = compute(nodeId, visiting);
                done.put(nodeId, computed);
                return computed;
            } finally {
                visiting.remove(nodeId);
            }
        }

        private NodeColumns compute(String nodeId, Set<String> visiting) {
            ParsedNode node = snapshot.nodes().get(nodeId);
            if (node == null) {
                return declaredOnly(nodeId, Optional.empty());
            }
            if (node.spec().kind() == NodeKind.SEED) {
                return RelationIndex.seedHeader(node)
                        .map(header -> new NodeColumns(nodeId, header, true, Optional.empty(), List.of(), List.of(),
                                List.of()))
                        .orElseGet(() -> declaredOnly(nodeId, Optional.of("the seed has no header")));
            }
            CompiledNode compiled = snapshot.compiled().get(nodeId);
            if (compiled == null || compiled.failed() || compiled.renderedSql() == null) {
                return declaredOnly(nodeId, compiled == null ? Optional.empty() : Optional.of("it did not compile"));
            }
            SqlAnalysis analysis = analyze(compiled.renderedSql(), visiting);
            if (!(analysis.columns() instanceof Columns.Known known)) {
                return declaredOnly(nodeId, Optional.of(((Columns.Unknown) analysis.columns()).why()));
            }
            List<ColumnEdge> inputs = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (OutputColumn column : known.columns()) {
                names.add(column.name());
                ColumnRef to = new ColumnRef(nodeId, column.name());
                for (ColumnOrigin origin : column.origins()) {
                    upstreamRef(origin, visiting).ifPresent(from -> inputs.add(new ColumnEdge(from, to, origin.kind())));
                }
            }
            for (ColumnOrigin condition : analysis.conditions()) {
                upstreamRef(condition, visiting).ifPresent(from ->
                        inputs.add(new ColumnEdge(from, new ColumnRef(nodeId, null), condition.kind())));
            }
            return new NodeColumns(nodeId, names, true, Optional.empty(), known.columns(), inputs, analysis.uses());
        }

        /** The upstream node column an origin names, spelled as the upstream spells it. */
        private Optional<ColumnRef> upstreamRef(ColumnOrigin origin, Set<String> visiting) {
            return relations.nodeOf(origin.relation()).map(upstreamId -> {
                String spelled = node(upstreamId, visiting).column(origin.column()).orElse(origin.column());
                return new ColumnRef(upstreamId, spelled);
            });
        }

        private NodeColumns declaredOnly(String nodeId, Optional<String> why) {
            List<String> declared = RelationIndex.declaredColumns(snapshot, nodeId);
            if (declared.isEmpty()) {
                Optional<List<String>> warehouse = warehouseColumns(nodeId);
                if (warehouse.isPresent()) {
                    return new NodeColumns(nodeId, warehouse.get(), true, Optional.empty(), List.of(), List.of(),
                            List.of());
                }
            }
            return new NodeColumns(nodeId, declared, false, why, List.of(), List.of(), List.of());
        }

        /** What the warehouse reported for the relation, as recorded in the metadata cache. */
        private Optional<List<String>> warehouseColumns(String nodeId) {
            SourceNode source = snapshot.sources().get(nodeId);
            ParsedNode node = snapshot.nodes().get(nodeId);
            Optional<List<ColumnInfo>> columns = source != null
                    ? metadata.columns(source.database(), source.schema(), source.identifier())
                    : node != null && node.relationName() != null
                    ? metadata.columns(node.database(), node.schema(), node.alias()) : Optional.empty();
            return columns.filter(c -> !c.isEmpty()).map(c -> c.stream().map(ColumnInfo::name).toList());
        }

        private SqlAnalysis analyze(String sql, Set<String> visiting) {
            String key = dialect.adapterType() + "\u0000" + sql;
            Cached cached = memo.get(key);
            if (cached != null && stillValid(cached, visiting)) {
                return cached.analysis();
            }
            Map<String, Optional<List<String>>> seen = new ConcurrentHashMap<>();
            SqlAnalysis analysis = analyzer.analyze(sql, dialect, relation -> {
                Optional<List<String>> columns = upstreamColumns(relation, visiting);
                seen.put(relation, columns);
                return columns;
            });
            if (memo.size() > MEMO_LIMIT) {
                memo.clear();
            }
            memo.put(key, new Cached(analysis, seen));
            return analysis;
        }

        private boolean stillValid(Cached cached, Set<String> visiting) {
            for (Map.Entry<String, Optional<List<String>>> seen : cached.upstreamSeen().entrySet()) {
                if (!upstreamColumns(seen.getKey(), visiting).equals(seen.getValue())) {
                    return false;
                }
            }
            return true;
        }

        private Optional<List<String>> upstreamColumns(String relation, Set<String> visiting) {
            return relations.nodeOf(relation).map(id -> node(id, visiting).columns()).filter(c -> !c.isEmpty());
        }
    }
}
