package dev.modelsense.conventions;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.project.ColumnProperties;

import java.util.List;
import java.util.Optional;

/** A model's YAML columns: a versioned model's are its version's (include/exclude applied, as dbt does). */
final class ModelColumns {

    private ModelColumns() {
    }

    static List<ColumnProperties> declared(ParsedNode node) {
        return node.documentedColumns();
    }

    static Optional<ColumnProperties> declared(ParsedNode node, String column) {
        return declared(node).stream().filter(c -> c.name() != null && c.name().equalsIgnoreCase(column)).findFirst();
    }
}
