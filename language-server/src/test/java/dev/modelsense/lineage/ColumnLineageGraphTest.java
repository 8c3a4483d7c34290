package dev.modelsense.lineage;

import dev.modelsense.compile.Problem;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.TestProjects;
import dev.modelsense.sql.LineageKind;
import dev.modelsense.sql.SqlAnalyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Column lineage across models, seeds, sources and ephemeral models, and the impact of a removed column. */
class ColumnLineageGraphTest {

    @TempDir
    Path root;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ColumnLineage lineage = new ColumnLineage(new SqlAnalyzer(Duration.ofSeconds(10), threads));

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private TestProjects shop(String ordersSql) {
        return TestProjects.in(root)
                .file("seeds/raw_orders.csv", "id,user_id,order_date,amount_cents\n1,1,2024-01-01,500\n")
                .file("models/sources.yml", """
                        version: 2
                        sources:
                          - name: crm
                            schema: crm
                            tables:
                              - name: customers
                                columns:
                                  - name: id
                                  - name: full_name
                        """)
                .file("models/stg_orders.sql", ordersSql)
                .file("models/int_amounts.sql", """
                        {{ config(materialized='ephemeral') }}
                        select order_id, amount_cents / 100.0 as amount from {{ ref('stg_orders') }}
                        """)
                .file("models/customer_totals.sql", """
                        with orders as (select * from {{ ref('stg_orders') }}),
                        amounts as (select * from {{ ref('int_amounts') }})
                        select c.id as customer_id, c.full_name, sum(a.amount) as total
                        from {{ source('crm', 'customers') }} c
                        join orders o on o.customer_id = c.id
                        join amounts a on a.order_id = o.order_id
                        group by 1, 2
                        """);
    }

    private static final String STG_ORDERS = """
            select id as order_id, user_id as customer_id, order_date, amount_cents
            from {{ ref('raw_orders') }}
            """;

    private static String edges(LineageGraph graph, String node, String column) {
        return graph.edgesInto(new ColumnRef(node, column)).stream()
                .map(e -> e.from().node().substring(e.from().node().lastIndexOf('.') + 1) + "." + e.from().column()
                        + " " + e.kind().label())
                .sorted().toList().toString();
    }

    @Test
    void columnsTraceThroughEphemeralModelsSeedsAndSources() {
        ProjectSnapshot snapshot = shop(STG_ORDERS).compile();
        LineageGraph graph = lineage.build(snapshot);

        assertEquals("[raw_orders.id renamed]", edges(graph, "model.shop.stg_orders", "order_id"));
        assertEquals("[stg_orders.amount_cents transformed]", edges(graph, "model.shop.int_amounts", "amount"));
        assertEquals("[int_amounts.amount aggregated]", edges(graph, "model.shop.customer_totals", "total"));
        assertEquals("[customers.id renamed]", edges(graph, "model.shop.customer_totals", "customer_id"));
        assertEquals("[customers.id join, int_amounts.order_id join, stg_orders.customer_id join,"
                + " stg_orders.order_id join]", edges(graph, "model.shop.customer_totals", null));

        List<ColumnEdge> chain = graph.upstreamOf(new ColumnRef("model.shop.customer_totals", "total"), -1);
        assertEquals(List.of("model.shop.int_amounts", "model.shop.stg_orders", "seed.shop.raw_orders"),
                chain.stream().map(e -> e.from().node()).toList());
        assertEquals(List.of("model.shop.int_amounts", "model.shop.customer_totals"),
                graph.downstreamOf(new ColumnRef("seed.shop.raw_orders", "amount_cents"), -1).stream()
                        .map(e -> e.to().node()).toList().subList(1, 3));
        assertTrue(graph.node("seed.shop.raw_orders").orElseThrow().exact());
        assertEquals(List.of(), ColumnImpact.problems(graph));
    }

    @Test
    void removingAColumnUpstreamIsReportedAtEachUseDownstream() {
        ProjectSnapshot snapshot = shop("""
                select id as order_id, user_id as customer_id, order_date
                from {{ ref('raw_orders') }}
                """).compile();
        LineageGraph graph = lineage.build(snapshot);

        List<Problem> problems = ColumnImpact.problems(graph);
        assertEquals(1, problems.size(), problems::toString);
        Problem problem = problems.get(0);
        assertEquals(ColumnImpact.CODE, problem.code());
        assertEquals(root.resolve("models/int_amounts.sql").toAbsolutePath().normalize(), problem.file());
        // `amount_cents` in `select order_id, amount_cents / 100.0 ...` on the second line of the file.
        assertEquals(1, problem.line());
        assertEquals(17, problem.column());
        assertTrue(problem.message().contains("'amount_cents' is not produced by 'stg_orders'"), problem.message());
    }

    @Test
    void renamingAColumnUpstreamBreaksTheDownstreamJoin() {
        ProjectSnapshot snapshot = shop(STG_ORDERS.replace("user_id as customer_id", "user_id as client_id"))
                .compile();

        List<Problem> problems = ColumnImpact.problems(lineage.build(snapshot));

        assertEquals(List.of("customer_totals.sql:5:18"), problems.stream()
                .map(p -> p.file().getFileName() + ":" + (p.line() + 1) + ":" + (p.column() + 1)).toList());
    }

    @Test
    void aSingleModelRequestAnalysesOnlyWhatItNeeds() {
        ProjectSnapshot snapshot = shop(STG_ORDERS).compile();

        LineageGraph graph = lineage.build(snapshot, List.of("model.shop.int_amounts"));

        assertEquals("[stg_orders.amount_cents transformed]", edges(graph, "model.shop.int_amounts", "amount"));
        assertFalse(graph.node("model.shop.customer_totals").isPresent());
    }

    @Test
    void aStatementOverItsBudgetIsReportedAndTheRestGoesOn() {
        StringBuilder nested = new StringBuilder("select ");
        nested.append("(".repeat(60)).append("amount_cents").append(")".repeat(60)).append(" as cents from ")
                .append("{{ ref('stg_orders') }}");
        ProjectSnapshot snapshot = shop(STG_ORDERS).file("models/pathological.sql", nested.toString()).compile();
        ColumnLineage tight = new ColumnLineage(new SqlAnalyzer(Duration.ofMillis(50), threads));

        LineageGraph graph = tight.build(snapshot);

        NodeColumns pathological = graph.node("model.shop.pathological").orElseThrow();
        assertFalse(pathological.exact());
        assertTrue(pathological.unknownWhy().orElseThrow().contains("longer than 50 ms"),
                pathological.unknownWhy().toString());
        assertEquals("[raw_orders.id renamed]", edges(graph, "model.shop.stg_orders", "order_id"));
    }

    @Test
    void filterEdgesAreNotDerivations() {
        ProjectSnapshot snapshot = shop(STG_ORDERS + "where order_date > '2020-01-01'").compile();
        LineageGraph graph = lineage.build(snapshot);

        assertEquals("[raw_orders.order_date filter]", edges(graph, "model.shop.stg_orders", null));
        assertEquals(LineageKind.PASSED,
                graph.edgesInto(new ColumnRef("model.shop.stg_orders", "order_date")).get(0).kind());
    }

    @Test
    void anUndocumentedSourceTakesItsColumnsFromTheMetadataCache() {
        ProjectSnapshot snapshot = TestProjects.in(root)
                .file("models/sources.yml", "version: 2\nsources:\n  - name: crm\n    schema: crm\n"
                        + "    tables:\n      - name: people\n")
                .file("models/people.sql", "select * from {{ source('crm', 'people') }}\n")
                .compile();
        dev.modelsense.compile.MetadataCache warehouse = new dev.modelsense.compile.MetadataCache() {
            @Override
            public java.util.Optional<List<dev.modelsense.jinja.ColumnInfo>> columns(String database, String schema,
                                                                                    String identifier) {
                return "crm".equals(schema) && "people".equals(identifier)
                        ? java.util.Optional.of(List.of(new dev.modelsense.jinja.ColumnInfo("id", "integer"),
                        new dev.modelsense.jinja.ColumnInfo("email", "text")))
                        : java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<dev.modelsense.jinja.QueryResult> query(String sql) {
                return java.util.Optional.empty();
            }
        };

        LineageGraph withCache = new ColumnLineage(new SqlAnalyzer(Duration.ofSeconds(10), threads), warehouse)
                .build(snapshot);
        LineageGraph without = lineage.build(snapshot);

        assertEquals(List.of("id", "email"), withCache.node("model.shop.people").orElseThrow().columns());
        assertEquals("[people.email passed]", edges(withCache, "model.shop.people", "email"));
        assertFalse(without.node("model.shop.people").orElseThrow().exact());
    }
}
