package dev.modelsense.conventions;

import dev.modelsense.checks.SqlChecks;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.SourceNode;
import dev.modelsense.jinja.ColumnInfo;
import dev.modelsense.project.ColumnProperties;
import dev.modelsense.sql.InferredType;
import dev.modelsense.sql.OutputColumn;
import dev.modelsense.sql.SqlDialect;
import dev.modelsense.sql.TypeNames;
import dev.modelsense.sql.TypeResolution;
import dev.modelsense.sql.UpstreamTypes;
import dev.modelsense.sql.ValueType;

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
 * The types of every model's output columns in one snapshot. An upstream column's type comes from the warehouse's
 * recorded columns when present, else its YAML {@code data_type} (or a seed's {@code column_types}), else the
 * upstream model's own inference, computed recursively and kept for the snapshot.
 */
public final class ColumnTypes {

    private final SqlChecks sql;
    private volatile ProjectSnapshot indexed;
    private volatile Index index;

    /** Relations by name and the types computed so far, valid for one snapshot. */
    private record Index(Object shape, Map<String, String> nodes, Map<String, SourceNode> sources,
                         Map<String, Optional<List<InferredType>>> inferred) {
    }

    public ColumnTypes(SqlChecks sql) {
        this.sql = sql;
    }

    /** The node's output columns with their types; empty when its columns are unknown. */
    public Optional<List<TypedColumn>> of(ProjectSnapshot snapshot, ParsedNode node) {
        Optional<List<OutputColumn>> columns = sql.outputColumns(snapshot, node);
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        List<InferredType> types = inferred(snapshot, node, new HashSet<>()).orElse(List.of());
        SqlDialect dialect = dialect(snapshot);
        List<TypedColumn> typed = new ArrayList<>();
        for (int i = 0; i < columns.get().size(); i++) {
            OutputColumn column = columns.get().get(i);
            ColumnProperties yaml = ModelColumns.declared(node, column.name()).orElse(null);
            ValueType declared = yaml == null ? null : TypeNames.of(yaml.dataType(), dialect).orElse(null);
            typed.add(new TypedColumn(column, i < types.size() ? types.get(i) : InferredType.UNKNOWN, yaml,
                    declared));
        }
        return Optional.of(typed);
    }

    private Optional<List<InferredType>> inferred(ProjectSnapshot snapshot, ParsedNode node, Set<String> visiting) {
        Index current = index(snapshot);
        Optional<List<InferredType>> known = current.inferred().get(node.uniqueId());
        if (known != null) {
            return known;
        }
        if (!visiting.add(node.uniqueId())) {
            return Optional.empty();
        }
        try {
            Optional<List<InferredType>> result = sql.outputColumns(snapshot, node).map(columns -> {
                UpstreamTypes upstream = (relation, column) -> upstreamType(snapshot, relation, column, visiting);
                return columns.stream().map(c -> TypeResolution.resolve(c.type(), upstream)).toList();
            });
            current.inferred().put(node.uniqueId(), result);
            return result;
        } finally {
            visiting.remove(node.uniqueId());
        }
    }

    private Optional<InferredType> upstreamType(ProjectSnapshot snapshot, String relation, String column,
                                                Set<String> visiting) {
        Index current = index(snapshot);
        SqlDialect dialect = dialect(snapshot);
        String nodeId = current.nodes().get(relation);
        ParsedNode node = nodeId == null ? null : snapshot.nodes().get(nodeId);
        if (node != null) {
            Optional<InferredType> recorded = recorded(snapshot, dialect, node.database(), node.schema(), node.alias(),
                    column);
            if (recorded.isPresent()) {
                return recorded;
            }
            Optional<InferredType> declared = declared(dialect, ModelColumns.declared(node), column, node.name());
            if (declared.isPresent()) {
                return declared;
            }
            Optional<InferredType> seedType = seedColumnType(dialect, node, column);
            if (seedType.isPresent()) {
                return seedType;
            }
            return inferred(snapshot, node, visiting).flatMap(types -> {
                List<OutputColumn> columns = sql.outputColumns(snapshot, node).orElse(List.of());
                for (int i = 0; i < Math.min(columns.size(), types.size()); i++) {
                    if (columns.get(i).name().equalsIgnoreCase(column)) {
                        return Optional.of(types.get(i));
                    }
                }
                return Optional.empty();
            });
        }
        SourceNode source = current.sources().get(relation);
        if (source != null) {
            Optional<InferredType> recorded = recorded(snapshot, dialect, source.database(), source.schema(),
                    source.identifier(), column);
            if (recorded.isPresent()) {
                return recorded;
            }
            List<ColumnProperties> columns = source.properties().columns() == null ? List.of()
                    : source.properties().columns();
            return declared(dialect, columns, column, source.sourceName() + "." + source.tableName());
        }
        return Optional.empty();
    }

    private static Optional<InferredType> recorded(ProjectSnapshot snapshot, SqlDialect dialect, String database,
                                                   String schema, String identifier, String column) {
        Optional<List<ColumnInfo>> columns = snapshot.metadata().columns(database, schema, identifier);
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        return columns.get().stream().filter(info -> info.name().equalsIgnoreCase(column)).findFirst()
                .flatMap(info -> TypeNames.of(info.dataType(), dialect)
                        .map(type -> InferredType.of(type, "warehouse type " + info.dataType() + " of " + identifier
                                + "." + info.name())));
    }

    private static Optional<InferredType> declared(SqlDialect dialect, List<ColumnProperties> columns, String column,
                                                   String owner) {
        return columns.stream().filter(c -> c.name() != null && c.name().equalsIgnoreCase(column)).findFirst()
                .flatMap(c -> TypeNames.of(c.dataType(), dialect)
                        .map(type -> InferredType.of(type, "data_type " + c.dataType() + " of " + owner + "."
                                + c.name())));
    }

    /** A seed's {@code column_types} config, which fixes the types its table is created with. */
    private static Optional<InferredType> seedColumnType(SqlDialect dialect, ParsedNode node, String column) {
        if (!(node.config().get("column_types") instanceof Map<?, ?> types)) {
            return Optional.empty();
        }
        for (Map.Entry<?, ?> entry : types.entrySet()) {
            if (String.valueOf(entry.getKey()).equalsIgnoreCase(column)) {
                String name = String.valueOf(entry.getValue());
                return TypeNames.of(name, dialect).map(type -> InferredType.of(type, "column_types " + name + " of "
                        + node.name() + "." + column));
            }
        }
        return Optional.empty();
    }

    /**
     * The relation index is kept while the snapshot's shape stays (an edit of code changes no relation name); the
     * inferred types only for one snapshot, as an edit may change any model's types.
     */
    private Index index(ProjectSnapshot snapshot) {
        Index current = index;
        if (indexed != snapshot || current == null) {
            synchronized (this) {
                if (indexed != snapshot || index == null) {
                    Index previous = index;
                    if (previous != null && previous.shape() == snapshot.shape()) {
                        index = new Index(previous.shape(), previous.nodes(), previous.sources(),
                                new ConcurrentHashMap<>());
                    } else {
                        Map<String, String> nodes = new HashMap<>();
                        snapshot.enabledNodes().forEach(n -> {
                            if (n.relationName() != null) {
                                nodes.putIfAbsent(n.relationName(), n.uniqueId());
                            }
                        });
                        Map<String, SourceNode> sources = new HashMap<>();
                        snapshot.sources().values().forEach(s -> {
                            if (s.relationName() != null) {
                                sources.putIfAbsent(s.relationName(), s);
                            }
                        });
                        index = new Index(snapshot.shape(), nodes, sources, new ConcurrentHashMap<>());
                    }
                    indexed = snapshot;
                }
                current = index;
            }
        }
        return current;
    }

    static SqlDialect dialect(ProjectSnapshot snapshot) {
        return SqlDialect.of(snapshot.project().target().type().toLowerCase(Locale.ROOT));
    }
}
