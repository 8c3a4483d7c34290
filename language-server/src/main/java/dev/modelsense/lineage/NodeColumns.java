package dev.modelsense.lineage;

import dev.modelsense.sql.ColumnUse;
import dev.modelsense.sql.OutputColumn;

import java.util.List;
import java.util.Optional;

/**
 * What lineage knows about one node's columns. {@code exact} is true when the list is what the node really produces
 * (its query was analysed, or a seed's header), false when it only comes from YAML. {@code unknownWhy} says why the
 * query's columns could not be told. {@code produced} holds the analysed output columns with their SQL offsets.
 */
public record NodeColumns(String nodeId, List<String> columns, boolean exact, Optional<String> unknownWhy,
                          List<OutputColumn> produced, List<ColumnEdge> inputs, List<ColumnUse> uses) {

    public NodeColumns {
        columns = List.copyOf(columns);
        produced = List.copyOf(produced);
        inputs = List.copyOf(inputs);
        uses = List.copyOf(uses);
    }

    /** The column's name as the node spells it, matched ignoring case. */
    public Optional<String> column(String name) {
        return columns.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst();
    }
}
