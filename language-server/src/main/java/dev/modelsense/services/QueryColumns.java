package dev.modelsense.services;

import dev.modelsense.checks.SqlChecks;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.project.Location;
import dev.modelsense.sql.OutputColumn;

import java.util.List;

/** Columns a model's compiled query produces (from SQL analysis), located at their select item in the model file. */
public final class QueryColumns implements ColumnCatalog {

    private final SqlChecks checks;

    public QueryColumns(SqlChecks checks) {
        this.checks = checks;
    }

    @Override
    public List<ColumnInfo> columnsOf(ProjectSnapshot snapshot, String uniqueId) {
        ParsedNode node = snapshot.nodes().get(uniqueId);
        if (node == null) {
            return List.of();
        }
        return checks.outputColumns(snapshot, node).map(columns -> columns.stream()
                .map(c -> info(node, c)).toList()).orElse(List.of());
    }

    private static ColumnInfo info(ParsedNode node, OutputColumn column) {
        return new ColumnInfo(column.name(), null, null, new Location(node.spec().file().path(),
                node.spec().bodyLine(), 0));
    }
}
