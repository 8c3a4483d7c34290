package dev.modelsense.conventions;

import dev.modelsense.checks.SqlChecks;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.sql.OutputColumn;

import java.util.List;
import java.util.Optional;

/** What a node rule looks at: the node, its snapshot, the rules, and its output columns computed once. */
final class NodeContext {

    private final ProjectSnapshot snapshot;
    private final Conventions conventions;
    private final ParsedNode node;
    private final SqlChecks sql;
    private Optional<List<OutputColumn>> outputColumns;

    NodeContext(ProjectSnapshot snapshot, Conventions conventions, ParsedNode node, SqlChecks sql) {
        this.snapshot = snapshot;
        this.conventions = conventions;
        this.node = node;
        this.sql = sql;
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
}
