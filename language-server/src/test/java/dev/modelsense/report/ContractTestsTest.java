package dev.modelsense.report;

import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.TestProjects;
import dev.modelsense.conventions.ColumnContract;
import dev.modelsense.conventions.Fix;
import dev.modelsense.sql.OutputColumn;
import dev.modelsense.sql.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tests a contract implies, merged with what the YAML already declares, printed as dbt properties YAML. */
class ContractTestsTest {

    @TempDir
    Path root;

    private static final Fix.ImpliedTest NOT_NULL = Fix.ImpliedTest.of("not_null");
    private static final Fix.ImpliedTest ZERO_ONE = new Fix.ImpliedTest("accepted_values",
            Map.of("values", List.of(0, 1)));
    private static final Fix.ImpliedTest NON_NEGATIVE = new Fix.ImpliedTest("dbt_utils.accepted_range",
            Map.of("min_value", 0));

    private static List<OutputColumn> columns(String... names) {
        return java.util.Arrays.stream(names).map(n -> new OutputColumn(n, false, 0, 0)).toList();
    }

    private static ImpliedTestSource explicit(Map<String, List<Fix.ImpliedTest>> tests) {
        return (node, columns) -> tests;
    }

    @Test
    void onlyTestsTheYamlDoesNotDeclareAreAdded() {
        ProjectSnapshot snapshot = TestProjects.in(root)
                .file("models/fct_users.sql", "select 1 as IND_ACTIVE, 2 as N_ORDERS, 3 as ID_USER")
                .file("models/schema.yml", """
                        version: 2
                        models:
                          - name: fct_users
                            columns:
                              - name: ind_active
                                tests: [not_null]
                              - name: N_ORDERS
                                data_tests:
                                  - accepted_range:
                                      min_value: 0
                        """).compile();
        var node = snapshot.nodes().get("model.shop.fct_users");
        Optional<ContractTests.ModelTests> missing = ContractTests.missing(node,
                columns("IND_ACTIVE", "N_ORDERS", "ID_USER"), explicit(Map.of(
                        "IND_ACTIVE", List.of(NOT_NULL, ZERO_ONE),
                        "N_ORDERS", List.of(NOT_NULL, NON_NEGATIVE),
                        "ID_USER", List.of(NOT_NULL, Fix.ImpliedTest.of("unique")))));
        ContractTests.ModelTests tests = missing.orElseThrow();
        assertEquals(root.resolve("models/schema.yml"), tests.propertiesFile().orElseThrow());
        Map<String, ContractTests.ColumnTests> byColumn = new java.util.HashMap<>();
        tests.columns().forEach(c -> byColumn.put(c.column(), c));
        assertEquals(List.of(ZERO_ONE), byColumn.get("IND_ACTIVE").tests(), "not_null is declared under tests:");
        assertEquals(List.of(NOT_NULL), byColumn.get("N_ORDERS").tests(),
                "accepted_range is declared; the dbt_utils prefix does not make it another test");
        assertEquals(List.of(NOT_NULL, Fix.ImpliedTest.of("unique")), byColumn.get("ID_USER").tests());
        assertTrue(byColumn.get("IND_ACTIVE").declared());
        assertTrue(!byColumn.get("ID_USER").declared());
    }

    @Test
    void aModelWithEveryTestNeedsNothing() {
        ProjectSnapshot snapshot = TestProjects.in(root)
                .file("models/m.sql", "select 1 as IND_ACTIVE")
                .file("models/schema.yml", """
                        version: 2
                        models:
                          - name: m
                            columns:
                              - name: IND_ACTIVE
                                data_tests:
                                  - not_null
                                  - name: ind_active_is_flag
                                    test_name: accepted_values
                                    values: [0, 1]
                        """).compile();
        assertEquals(Optional.empty(), ContractTests.missing(snapshot.nodes().get("model.shop.m"),
                columns("IND_ACTIVE"), explicit(Map.of("IND_ACTIVE", List.of(NOT_NULL, ZERO_ONE)))));
    }

    @Test
    void yamlUsesDataTestsAndParsesBackAsDbtReadsIt() {
        ProjectSnapshot snapshot = TestProjects.in(root).file("models/m.sql", "select 1 as IND_ACTIVE").compile();
        ContractTests.ModelTests tests = ContractTests.missing(snapshot.nodes().get("model.shop.m"),
                columns("IND_ACTIVE"), explicit(Map.of("IND_ACTIVE", List.of(NOT_NULL, ZERO_ONE)))).orElseThrow();
        assertEquals(Optional.empty(), tests.propertiesFile());
        String yaml = TestsYaml.render(List.of(tests));
        assertTrue(yaml.contains("data_tests:"), yaml);
        Map<String, Object> parsed = new Yaml().load(yaml);
        Object column = Map.of("name", "IND_ACTIVE", "data_tests",
                List.of("not_null", Map.of("accepted_values", Map.of("values", List.of(0, 1)))));
        Object model = Map.of("name", "m", "columns", List.of(column));
        assertEquals(Map.of("version", 2, "models", List.of(model)), parsed);
    }

    @Test
    void theContractSourceMatchesColumnsByPrefix() {
        ColumnContract contract = new ColumnContract(true, "_", List.of(
                new ColumnContract.PrefixRule("IND", "flag", Set.of(ValueType.INTEGER), List.of(NOT_NULL, ZERO_ONE)),
                new ColumnContract.PrefixRule("DT", "date", Set.of(ValueType.DATE), List.of())));
        Map<String, List<Fix.ImpliedTest>> tests = ImpliedTestSource.fromContract(contract)
                .forModel(null, columns("ind_active", "DT_CREATED", "INDEX_X", "name"));
        assertEquals(Map.of("ind_active", List.of(NOT_NULL, ZERO_ONE)), tests);
        assertEquals(Map.of(), ImpliedTestSource.fromContract(ColumnContract.disabled())
                .forModel(null, columns("IND_ACTIVE")));
    }
}
