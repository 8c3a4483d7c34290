package dev.modelsense.conventions;

import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamingRuleTest {

    @TempDir
    Path dir;

    private static final String SOURCES = """
            version: 2
            sources:
              - name: jaffle
                tables:
                  - name: orders
                  - name: customers
            """;

    @Test
    void aStagingModelMustStartWithStgAndTheFixDerivesItsSourceAndEntity() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/staging/jaffle/_sources.yml", SOURCES)
                .file("models/staging/jaffle/orders.sql", "select * from {{ source('jaffle', 'orders') }}")
                .file("models/staging/jaffle/stg_jaffle__customers.sql",
                        "select * from {{ source('jaffle', 'customers') }}")
                .compile();
        List<Finding> findings = Checking.withCode(snapshot, Codes.MODEL_NAME);
        assertEquals(List.of("model-name-convention@models/staging/jaffle/orders.sql:0:0"),
                Checking.where(snapshot, findings));
        assertEquals("Model name 'orders' does not follow the naming convention for models in the staging layer: "
                + "stg_<source>__<entity> or stg_<entity> (e.g. 'stg_jaffle__orders')",
                findings.get(0).problem().message());
        assertEquals(List.of(new Fix.RenameModel("model.shop.orders", "stg_jaffle__orders")), findings.get(0).fixes());
    }

    @Test
    void theFindingPointsAtTheModelsYamlNameWhenItHasOne() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/staging/_models.yml", "version: 2\nmodels:\n  - name: customers\n")
                .file("models/staging/customers.sql", "select 1 as customer_id")
                .file("models/staging/stg_orders.sql", "select 1 as order_id")
                .compile();
        assertEquals(List.of("model-name-convention@models/staging/_models.yml:2:10"),
                Checking.where(snapshot, Checking.withCode(snapshot, Codes.MODEL_NAME)));
    }

    @Test
    void conformingNamesAndModelsOutsideLayerFoldersAreClean() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/staging/jaffle/_sources.yml", SOURCES)
                .file("models/staging/jaffle/stg_jaffle__orders.sql", "select * from {{ source('jaffle', 'orders') }}")
                .file("models/staging/stg_customers.sql", "select * from {{ source('jaffle', 'customers') }}")
                .file("models/intermediate/int_orders_joined.sql", "select * from {{ ref('stg_jaffle__orders') }}")
                .file("models/marts/customers.sql", "select * from {{ ref('stg_customers') }}")
                .file("models/orders_report.sql", "select * from {{ ref('int_orders_joined') }}")
                .compile();
        assertEquals(List.of(), Checking.where(snapshot, Checking.findings(snapshot)));
    }

    @Test
    void aProjectThatNeverUsesTheDefaultPrefixHasAConventionOfItsOwn() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/staging/_sources.yml", SOURCES)
                .file("models/staging/jaffle_orders.sql", "select * from {{ source('jaffle', 'orders') }}")
                .file("models/staging/jaffle_customers.sql", "select * from {{ source('jaffle', 'customers') }}")
                .compile();
        assertEquals(List.of(), Checking.where(snapshot, Checking.findings(snapshot)));
    }

    @Test
    void configuredRulesApplyEvenWhereNoModelFollowsThemYet() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("modelsense.yml", "naming:\n  models:\n    - {layer: staging, template: stg_<entity>}\n")
                .file("models/staging/orders.sql", "select 1 as order_id")
                .compile();
        assertEquals(List.of("model-name-convention@models/staging/orders.sql:0:0"),
                Checking.where(snapshot, Checking.findings(snapshot)));
        assertEquals(List.of(new Fix.RenameModel("model.shop.orders", "stg_orders")),
                Checking.findings(snapshot).get(0).fixes());
    }

    @Test
    void configuredTemplatesWithVocabulariesPerFolderAndMaterialization() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("modelsense.yml", """
                        naming:
                          placeholders:
                            time_grain: [daily, weekly, monthly]
                          models:
                            - path: models/activation/**
                              template: fact_<name>_activation_<time_grain>
                            - materialized: incremental
                              regex: "^inc_[a-z_]+$"
                        """)
                .file("models/activation/fact_users_activation_daily.sql", "select 1 as n")
                .file("models/activation/fact_users_activation_hourly.sql", "select 1 as n")
                .file("models/events.sql", "{{ config(materialized='incremental') }}\nselect 1 as n")
                .file("models/inc_events.sql", "{{ config(materialized='incremental') }}\nselect 1 as n")
                .compile();
        List<Finding> findings = Checking.withCode(snapshot, Codes.MODEL_NAME);
        assertEquals(List.of("model-name-convention@models/activation/fact_users_activation_hourly.sql:0:0",
                "model-name-convention@models/events.sql:0:0"), Checking.where(snapshot, findings).stream().sorted()
                .toList());
        assertTrue(findings.stream().allMatch(f -> f.fixes().isEmpty()), "no grain or regex can be guessed");
    }

    @Test
    void seedSourceAndYamlFileNamesWhenConfigured() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("modelsense.yml", """
                        naming:
                          sources: {regex: "^[a-z]+_raw$"}
                          seeds: {template: "seed_<entity>"}
                          yaml_files:
                            - path: models/**
                              template: [_<folder>__models, _<folder>__sources]
                        """)
                .file("models/staging/_staging__sources.yml", """
                        version: 2
                        sources:
                          - name: jaffle
                            tables:
                              - name: orders
                          - name: stripe_raw
                            tables:
                              - name: payments
                        """)
                .file("models/staging/schema.yml", "version: 2\nmodels:\n  - name: stg_orders\n")
                .file("models/staging/stg_orders.sql", "select * from {{ source('jaffle', 'orders') }}")
                .file("seeds/countries.csv", "code\nnl\n")
                .file("seeds/seed_currencies.csv", "code\neur\n")
                .compile();
        assertEquals(List.of("seed-name-convention@seeds/countries.csv:0:0",
                        "source-name-convention@models/staging/_staging__sources.yml:4:14", // its first table
                        "yaml-file-name-convention@models/staging/schema.yml:0:0"),
                Checking.where(snapshot, Checking.findings(snapshot)).stream().sorted().toList());
    }
}
