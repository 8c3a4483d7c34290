package dev.modelsense.conventions;

import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.TestProjects;
import dev.modelsense.project.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static dev.modelsense.conventions.ConventionsFixture.assertAt;
import static dev.modelsense.conventions.ConventionsFixture.at;
import static dev.modelsense.conventions.ConventionsFixture.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dbt model contracts checked against the query's columns before the warehouse sees them. */
class ModelContractRuleTest {

    private static final String YAML = """
            version: 2
            models:
              - name: dim_users
                config:
                  contract: {enforced: true}
                columns:
                  - name: id
                    data_type: int
                  - name: signed_up_on
                    data_type: date
                  - name: email
                    data_type: varchar
                  - name: plan
                    data_type: text
            """;

    private static ExecutorService threads;

    @BeforeAll
    static void start() {
        threads = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
    }

    private static List<Finding> check(ProjectSnapshot snapshot) {
        return ConventionsFixture.check(threads, snapshot, Conventions.defaults());
    }

    @Test
    void missingExtraAndMistypedColumns(@TempDir Path dir) {
        String model = """
                {{ config(materialized='table') }}
                {% set key = 'id' %}
                select
                    {{ key }},
                    cast('2024-01-01' as timestamp) as signed_up_on,
                    'a@b.c' as EMAIL,
                    current_date as churned_on
                """;
        ProjectSnapshot snapshot = TestProjects.in(dir).file("models/dim_users.sql", model)
                .file("models/schema.yml", YAML).compile();
        List<Finding> findings = check(snapshot);

        List<Finding> missing = of(findings, "dim_users", ModelContractRule.MISSING);
        assertEquals(1, missing.size(), findings.toString());
        assertTrue(missing.get(0).problem().message().contains("'plan'"), missing.get(0).problem().message());
        assertTrue(missing.get(0).problem().file().toString().endsWith("schema.yml"));
        assertAt(at(YAML, "- name: plan", "plan"), missing.get(0).problem());
        assertEquals(Severity.ERROR, missing.get(0).problem().severity());

        List<Finding> extra = of(findings, "dim_users", ModelContractRule.EXTRA);
        assertEquals(1, extra.size(), findings.toString());
        assertAt(at(model, "as churned_on", "churned_on"), extra.get(0).problem());

        List<Finding> types = of(findings, "dim_users", ModelContractRule.TYPE);
        assertEquals(1, types.size(), findings.toString());
        assertAt(at(model, "as signed_up_on", "signed_up_on"), types.get(0).problem());
        assertTrue(types.get(0).problem().message().contains("declared date")
                && types.get(0).problem().message().contains("a timestamp"), types.get(0).problem().message());
        assertEquals(List.of(), of(findings, "dim_users", ModelContractRule.ORDER), "a table is built in YAML order");
    }

    @Test
    void matchingQueryIsClean(@TempDir Path dir) {
        ProjectSnapshot snapshot = TestProjects.in(dir).file("models/dim_users.sql", """
                select 1 as id, current_date as signed_up_on, 'x' as email, 'free' as plan
                """).file("models/schema.yml", YAML).compile();
        assertEquals(List.of(), check(snapshot));
    }

    @Test
    void unknownTypesAreNotReported(@TempDir Path dir) {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/raw_users.sql", "select * from read_csv('users.csv')")
                .file("models/dim_users.sql", "select id, signed_up_on, email, plan from {{ ref('raw_users') }}")
                .file("models/schema.yml", YAML).compile();
        assertEquals(List.of(), of(check(snapshot), "dim_users", ModelContractRule.TYPE));
    }

    @Test
    void aViewReportsColumnsOutOfContractOrder(@TempDir Path dir) {
        String model = "select 1 as id, 'x' as email, current_date as signed_up_on, 'free' as plan";
        ProjectSnapshot snapshot = TestProjects.in(dir).file("models/dim_users.sql", model)
                .file("models/schema.yml", YAML.replace("contract: {enforced: true}",
                        "contract: {enforced: true}\n      materialized: view")).compile();
        List<Finding> order = of(check(snapshot), "dim_users", ModelContractRule.ORDER);
        assertEquals(1, order.size(), order.toString());
        assertAt(at(model, "as email", "email"), order.get(0).problem());
        assertEquals(Severity.WARNING, order.get(0).problem().severity());
    }

    @Test
    void versionedModelsUseTheirVersionsColumns(@TempDir Path dir) {
        String v2 = "select 1 as id, 'x' as legacy_code";
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/dim_accounts_v1.sql", "select 1 as id, 'x' as legacy_code")
                .file("models/dim_accounts_v2.sql", v2)
                .file("models/accounts.yml", """
                        version: 2
                        models:
                          - name: dim_accounts
                            latest_version: 2
                            config:
                              contract: {enforced: true}
                            columns:
                              - name: id
                                data_type: integer
                              - name: legacy_code
                                data_type: varchar
                            versions:
                              - v: 1
                              - v: 2
                                columns:
                                  - include: all
                                    exclude: [legacy_code]
                                  - name: region
                                    data_type: varchar
                        """).compile();
        List<Finding> findings = check(snapshot);
        assertEquals(List.of(), of(findings, "dim_accounts.v1", ModelContractRule.EXTRA), findings.toString());
        assertEquals(List.of(), of(findings, "dim_accounts.v1", ModelContractRule.MISSING), findings.toString());
        List<Finding> extra = of(findings, "dim_accounts.v2", ModelContractRule.EXTRA);
        assertEquals(1, extra.size(), findings.toString());
        assertAt(at(v2, "legacy_code", "legacy_code"), extra.get(0).problem());
        List<Finding> missing = of(findings, "dim_accounts.v2", ModelContractRule.MISSING);
        assertEquals(1, missing.size(), findings.toString());
        assertTrue(missing.get(0).problem().message().contains("'region'"));
    }
}
