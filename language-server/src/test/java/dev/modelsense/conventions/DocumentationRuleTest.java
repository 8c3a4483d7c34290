package dev.modelsense.conventions;

import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentationRuleTest {

    @TempDir
    Path dir;

    private static final String MARTS_RULES = """
            documentation:
              layers:
                marts: {model_description: true, column_descriptions: true, primary_key_tested: true}
            """;

    @Test
    void nothingIsRequiredByDefault() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/marts/customers.sql", "select 1 as customer_id, 'x' as name")
                .compile();
        assertEquals(List.of(), Checking.where(snapshot, Checking.findings(snapshot)));
    }

    @Test
    void anUndocumentedMartGetsEveryFindingWithItsFix() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("modelsense.yml", MARTS_RULES)
                .file("models/marts/customers.sql", "select 1 as customer_id, 'x' as name")
                .file("models/staging/stg_customers.sql", "select 1 as customer_id")
                .compile();
        List<Finding> findings = Checking.findings(snapshot);
        assertEquals(List.of("doc-model-missing@models/marts/customers.sql:0:0",
                "doc-column-missing@models/marts/customers.sql:0:0",
                "doc-column-missing@models/marts/customers.sql:0:0",
                "doc-primary-key-untested@models/marts/customers.sql:0:0"), Checking.where(snapshot, findings));
        assertEquals(List.of(new Fix.AddDescription("model.shop.customers", null)), findings.get(0).fixes());
        assertEquals(List.of(new Fix.AddDescription("model.shop.customers", "customer_id")), findings.get(1).fixes());
        assertEquals(List.of(new Fix.AddTests("model.shop.customers", "customer_id",
                List.of(Fix.ImpliedTest.of("unique"), Fix.ImpliedTest.of("not_null")))), findings.get(3).fixes());
        assertEquals("Primary key 'customer_id' of 'customers' is not tested unique and not_null",
                findings.get(3).problem().message());
    }

    @Test
    void yamlColumnsArePointedAtAndOnlyTheMissingKeyTestIsAdded() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("modelsense.yml", MARTS_RULES)
                .file("models/marts/_marts.yml", """
                        version: 2
                        models:
                          - name: customers
                            description: One row per customer.
                            columns:
                              - name: customer_id
                                description: The key.
                                data_tests: [not_null]
                              - name: name
                        """)
                .file("models/marts/customers.sql", "select 1 as customer_id, 'x' as name")
                .compile();
        List<Finding> findings = Checking.findings(snapshot);
        assertEquals(List.of("doc-column-missing@models/marts/_marts.yml:8:14",
                "doc-primary-key-untested@models/marts/_marts.yml:5:14"), Checking.where(snapshot, findings));
        assertEquals(List.of(new Fix.AddTests("model.shop.customers", "customer_id",
                List.of(Fix.ImpliedTest.of("unique")))), findings.get(1).fixes());
    }

    @Test
    void aKeyTestedByTestsConstraintsOrACombinationTestIsTested() {
        String columns = """
                    columns:
                      - name: customer_id
                        description: The key.
                        %s
                      - name: name
                        description: The name.
                """;
        List<String> ways = List.of("data_tests: [unique, not_null]",
                "constraints: [{type: primary_key}]",
                "constraints: [{type: not_null}, {type: unique}]");
        for (int i = 0; i < ways.size(); i++) {
            ProjectSnapshot snapshot = TestProjects.in(dir.resolve("p" + i))
                    .file("modelsense.yml", MARTS_RULES)
                    .file("models/marts/_marts.yml", "version: 2\nmodels:\n  - name: customers\n"
                            + "    description: Customers.\n" + columns.formatted(ways.get(i)))
                    .file("models/marts/customers.sql", "select 1 as customer_id, 'x' as name")
                    .compile();
            assertEquals(List.of(), Checking.where(snapshot, Checking.findings(snapshot)), ways.get(i));
        }
        ProjectSnapshot combination = TestProjects.in(dir.resolve("combination"))
                .file("modelsense.yml", MARTS_RULES)
                .file("models/marts/_marts.yml", """
                        version: 2
                        models:
                          - name: customer_days
                            description: Customers per day.
                            data_tests:
                              - dbt_utils.unique_combination_of_columns:
                                  combination_of_columns: [customer_id, day]
                            columns:
                              - {name: customer_id, description: Customer.}
                              - {name: day, description: Day.}
                        """)
                .file("models/marts/customer_days.sql", "select 1 as customer_id, current_date as day")
                .compile();
        assertEquals(List.of(), Checking.where(combination, Checking.findings(combination)));
    }

    @Test
    void aModelWithoutAnyRecognisableKeyIsReportedWithoutAFix() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("modelsense.yml", "documentation:\n  layers:\n    \"*\": {primary_key_tested: true}\n")
                .file("models/daily_totals.sql", "select current_date as day, 3 as total")
                .compile();
        List<Finding> findings = Checking.findings(snapshot);
        assertEquals(List.of("doc-primary-key-untested@models/daily_totals.sql:0:0"),
                Checking.where(snapshot, findings));
        assertEquals(List.of(), findings.get(0).fixes());
    }
}
