package dev.modelsense.conventions;

import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.TestProjects;
import dev.modelsense.project.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LayerRuleTest {

    @TempDir
    Path dir;

    private static final String SOURCES = """
            version: 2
            sources:
              - name: shop
                tables: [{name: orders}, {name: customers}]
              - name: crm
                tables: [{name: accounts}]
            """;

    private TestProjects project() {
        return TestProjects.in(dir).file("models/staging/_sources.yml", SOURCES)
                .file("models/staging/stg_shop__orders.sql", "select * from {{ source('shop', 'orders') }}")
                .file("models/staging/stg_shop__customers.sql", "select * from {{ source('shop', 'customers') }}");
    }

    @Test
    void anIntermediateModelReadingASourceIsFlaggedAtTheSourceCall() {
        ProjectSnapshot snapshot = project()
                .file("models/intermediate/int_orders.sql", "select *\nfrom {{ source('shop', 'orders') }}")
                .compile();
        List<Finding> findings = Checking.findings(snapshot);
        assertEquals(List.of("layer-source-outside-staging@models/intermediate/int_orders.sql:1:8"),
                Checking.where(snapshot, findings));
    }

    @Test
    void aMartReadingASourceAndModelsIsReportedOnceNotTwice() {
        ProjectSnapshot snapshot = project()
                .file("models/marts/fct_orders.sql", """
                        select * from {{ ref('stg_shop__orders') }}
                        join {{ source('crm', 'accounts') }} using (id)""")
                .compile();
        assertEquals(List.of("layer-source-outside-staging@models/marts/fct_orders.sql:1:8"),
                Checking.where(snapshot, Checking.findings(snapshot)));
    }

    @Test
    void aModelOutsideTheLayersJoiningASourceToModels() {
        ProjectSnapshot snapshot = project()
                .file("models/report.sql", """
                        select * from {{ ref('stg_shop__orders') }}
                        join {{ source('crm', 'accounts') }} using (id)""")
                .compile();
        assertEquals(List.of("layer-direct-join-to-source@models/report.sql:1:8"),
                Checking.where(snapshot, Checking.findings(snapshot)));
    }

    @Test
    void stagingOnStagingAndIntermediateOnMartsPointTheWrongWay() {
        ProjectSnapshot snapshot = project()
                .file("models/staging/stg_shop__orders_enriched.sql",
                        "select * from {{ ref('stg_shop__orders') }}")
                .file("models/marts/fct_orders.sql", "select * from {{ ref('stg_shop__orders') }}")
                .file("models/intermediate/int_orders_late.sql", "select *\n  from {{ ref('fct_orders') }}")
                .compile();
        List<Finding> findings = Checking.withCode(snapshot, Codes.WRONG_DIRECTION);
        assertEquals(List.of("layer-wrong-direction@models/intermediate/int_orders_late.sql:1:10",
                        "layer-wrong-direction@models/staging/stg_shop__orders_enriched.sql:0:17"),
                Checking.where(snapshot, findings).stream().sorted().toList());
    }

    @Test
    void aStagingModelReadingTwoSourceSystemsButNotTwoTablesOfOne() {
        ProjectSnapshot snapshot = project()
                .file("models/staging/stg_shop__all.sql", """
                        select id from {{ source('shop', 'orders') }}
                        union all select id from {{ source('shop', 'customers') }}""")
                .file("models/staging/stg_mixed.sql", """
                        select id from {{ source('shop', 'orders') }}
                        union all select id from {{ source('crm', 'accounts') }}""")
                .compile();
        assertEquals(List.of("layer-staging-multiple-sources@models/staging/stg_mixed.sql:1:28"),
                Checking.where(snapshot, Checking.findings(snapshot)));
    }

    @Test
    void fanoutAboveTheConfiguredLimit() {
        TestProjects project = project().file("modelsense.yml", "layers:\n  fanout_limit: 2\n");
        for (String name : List.of("fct_a", "fct_b", "fct_c")) {
            project.file("models/marts/" + name + ".sql", "select * from {{ ref('stg_shop__orders') }}");
        }
        ProjectSnapshot snapshot = project.compile();
        List<Finding> findings = Checking.withCode(snapshot, Codes.FANOUT);
        assertEquals(List.of("layer-fanout@models/staging/stg_shop__orders.sql:0:0"),
                Checking.where(snapshot, findings));
    }

    @Test
    void aModelRejoiningAnUpstreamModelThroughAnOnlyChild() {
        ProjectSnapshot snapshot = project()
                .file("models/intermediate/int_order_totals.sql", "select * from {{ ref('stg_shop__orders') }}")
                .file("models/marts/fct_orders.sql", """
                        select * from {{ ref('stg_shop__orders') }}
                        join {{ ref('int_order_totals') }} using (id)""")
                .compile();
        List<Finding> findings = Checking.findings(snapshot);
        assertEquals(List.of("layer-rejoin-upstream@models/marts/fct_orders.sql:0:17"),
                Checking.where(snapshot, findings));
        assertEquals(Severity.INFO, findings.get(0).problem().severity());
    }

    @Test
    void aRejoinIsFineWhenTheMiddleModelHasOtherUsers() {
        ProjectSnapshot snapshot = project()
                .file("models/intermediate/int_order_totals.sql", "select * from {{ ref('stg_shop__orders') }}")
                .file("models/marts/fct_orders.sql", """
                        select * from {{ ref('stg_shop__orders') }}
                        join {{ ref('int_order_totals') }} using (id)""")
                .file("models/marts/fct_totals.sql", "select * from {{ ref('int_order_totals') }}")
                .compile();
        assertEquals(List.of(), Checking.where(snapshot, Checking.findings(snapshot)));
    }

    @Test
    void configuredLayersWithExplicitDependencies() {
        ProjectSnapshot snapshot = project()
                .file("modelsense.yml", """
                        layers:
                          order:
                            - {name: staging, folders: [staging], prefixes: [stg_]}
                            - {name: core, folders: [core], may_depend_on: [staging]}
                            - {name: activation, folders: [activation], prefixes: [fact_]}
                          report_rejoin: false
                        """)
                .file("models/core/orders.sql", "select * from {{ ref('stg_shop__orders') }}")
                .file("models/core/orders_daily.sql", "select * from {{ ref('orders') }}")
                .file("models/activation/fact_orders_activation_daily.sql", "select * from {{ ref('orders') }}")
                .compile();
        assertEquals(List.of("layer-wrong-direction@models/core/orders_daily.sql:0:17"),
                Checking.where(snapshot, Checking.findings(snapshot)));
    }

    @Test
    void layersOffChecksNothing() {
        ProjectSnapshot snapshot = project()
                .file("modelsense.yml", "layers: false\n")
                .file("models/intermediate/int_orders.sql", "select * from {{ source('shop', 'orders') }}")
                .compile();
        assertEquals(List.of(), Checking.where(snapshot, Checking.findings(snapshot)));
    }
}
