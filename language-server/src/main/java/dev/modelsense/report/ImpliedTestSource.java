package dev.modelsense.report;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.conventions.ColumnContract;
import dev.modelsense.conventions.Fix;
import dev.modelsense.conventions.ImpliedTests;
import dev.modelsense.sql.OutputColumn;

import java.util.List;
import java.util.Map;

/** The data tests a model's columns should have, by output column name, as the column-name contract implies them. */
@FunctionalInterface
public interface ImpliedTestSource {

    Map<String, List<Fix.ImpliedTest>> forModel(ParsedNode node, List<OutputColumn> columns);

    /**
     * The tests of each column's prefix in the contract ({@code IND_ACTIVE} gets the tests of {@code IND}); nothing
     * when the project has not opted into a column contract.
     */
    static ImpliedTestSource fromContract(ColumnContract contract) {
        return (node, columns) -> ImpliedTests.forColumns(contract, columns.stream().map(OutputColumn::name).toList());
    }
}
