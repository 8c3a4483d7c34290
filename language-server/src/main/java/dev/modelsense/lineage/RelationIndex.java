package dev.modelsense.lineage;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.SourceNode;
import dev.modelsense.project.ColumnProperties;
import dev.modelsense.project.SeedCsv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which node a relation name in compiled SQL stands for, and the columns a node declares without a query: a seed's
 * CSV header, or the YAML columns of a model or source. An ephemeral model is read as {@code __dbt__cte__<name>}.
 */
final class RelationIndex {

    /** dbt's prefix for an ephemeral model's CTE (core/dbt/compilation.py, {@code _add_ctes}). */
    static final String EPHEMERAL_PREFIX = "__dbt__cte__";

    private final Map<String, String> nodeByRelation = new HashMap<>();

    RelationIndex(ProjectSnapshot snapshot) {
        for (ParsedNode node : snapshot.enabledNodes()) {
            if (node.relationName() != null) {
                nodeByRelation.putIfAbsent(node.relationName(), node.uniqueId());
            } else if (node.isEphemeral()) {
                nodeByRelation.putIfAbsent(EPHEMERAL_PREFIX + node.name(), node.uniqueId());
            }
        }
        for (SourceNode source : snapshot.sources().values()) {
            if (source.enabled() && source.relationName() != null) {
                nodeByRelation.putIfAbsent(source.relationName(), source.uniqueId());
            }
        }
    }

    Optional<String> nodeOf(String relationName) {
        return Optional.ofNullable(nodeByRelation.get(relationName));
    }

    /** Columns a seed or source declares, or a model documents in YAML; empty when none are declared. */
    static List<String> declaredColumns(ProjectSnapshot snapshot, String nodeId) {
        SourceNode source = snapshot.sources().get(nodeId);
        if (source != null) {
            return names(source.properties().columns());
        }
        ParsedNode node = snapshot.nodes().get(nodeId);
        if (node == null || node.spec().properties() == null) {
            return List.of();
        }
        return names(node.spec().properties().columns());
    }

    /** A seed's header, which is exactly what the seed loads. */
    static Optional<List<String>> seedHeader(ParsedNode seed) {
        String csv = seed.spec().file().text();
        if (csv == null) {
            return Optional.empty();
        }
        List<String> header = SeedCsv.seedColumns(csv.length() > 100_000 ? csv.substring(0, 100_000) : csv).stream()
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
        return header.isEmpty() ? Optional.empty() : Optional.of(header);
    }

    private static List<String> names(List<ColumnProperties> columns) {
        return columns == null ? List.of()
                : columns.stream().map(ColumnProperties::name).filter(name -> name != null).toList();
    }
}
