package dev.modelsense.sql;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static dev.modelsense.sql.Analyzers.names;
import static dev.modelsense.sql.Analyzers.unknownReason;
import static dev.modelsense.sql.Analyzers.upstream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The columns a model produces, as a YAML column check and column lineage need them. */
class OutputColumnsTest {

    private static final UpstreamColumns WAREHOUSE = upstream(Map.of(
            "\"db\".\"main\".\"raw_customers\"", List.of("id", "first_name", "last_name", "_loaded_at"),
            "\"db\".\"main\".\"raw_orders\"", List.of("id", "user_id", "order_date", "status"),
            "`proj`.`ds`.`events`", List.of("event_id", "user_id", "payload"),
            "RAW.SALESFORCE.ACCOUNT", List.of("ID", "NAME", "_FIVETRAN_SYNCED")));

    private static ExecutorService threads;
    private static SqlAnalyzer analyzer;

    @BeforeAll
    static void start() {
        threads = Executors.newCachedThreadPool();
        analyzer = Analyzers.generous(threads);
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
    }

    private static SqlAnalysis analyze(String sql) {
        return analyzer.analyze(sql, SqlDialect.of("duckdb"), WAREHOUSE);
    }

    @Test
    void aliasesAndBareAndQualifiedColumnsKeepTheirWrittenNames() {
        SqlAnalysis analysis = analyze("select o.id as order_id, user_id, o.Status, \"Order Date\" from orders o");

        assertEquals(List.of("order_id", "user_id", "Status", "Order Date"), names(analysis));
    }

    @Test
    void quotedNamesLoseTheirQuotesAndSayTheyWereQuoted() {
        Columns.Known known = assertInstanceOf(Columns.Known.class,
                analyzer.analyze("select a as \"Total \"\"Net\"\"\", `b` from t", SqlDialect.of("bigquery"),
                        UpstreamColumns.NONE).columns());

        assertEquals(new Identifier("Total \"Net\"", true),
                new Identifier(known.columns().get(0).name(), known.columns().get(0).quoted()));
        assertEquals("b", known.columns().get(1).name());
        assertTrue(known.columns().get(1).quoted());
    }

    @Test
    void offsetAndLengthCoverTheSelectItem() {
        String sql = "select\n    coalesce(a, 0) as amount,\n    b\nfrom t";
        Columns.Known known = assertInstanceOf(Columns.Known.class, analyze(sql).columns());

        OutputColumn amount = known.columns().get(0);
        assertEquals("coalesce(a, 0) as amount", sql.substring(amount.offset(), amount.offset() + amount.length()));
        OutputColumn b = known.columns().get(1);
        assertEquals("b", sql.substring(b.offset(), b.offset() + b.length()));
    }

    @Test
    void starExpandsThroughACteChainToTheUpstreamRelation() {
        String sql = """
                with source as (
                    select * from "db"."main"."raw_customers"
                ),
                renamed as (
                    select id as customer_id, first_name, last_name from source
                ),
                final as (
                    select * from renamed
                )
                select * from final
                """;
        SqlAnalysis analysis = analyze(sql);

        assertEquals(List.of("customer_id", "first_name", "last_name"), names(analysis));
        OutputColumn first = ((Columns.Known) analysis.columns()).columns().get(0);
        assertEquals(sql.lastIndexOf('*'), first.offset());
        assertEquals(1, first.length());
    }

    @Test
    void starExpandsThroughSubqueriesAndQualifiedStars() {
        SqlAnalysis analysis = analyze("""
                select c.*, o.order_date, totals.*
                from "db"."main"."raw_customers" as c
                join (select id as order_id, user_id, order_date from "db"."main"."raw_orders") o on o.user_id = c.id
                join (select user_id, count(*) as orders from "db"."main"."raw_orders" group by user_id) totals
                    on totals.user_id = c.id
                """);

        assertEquals(List.of("id", "first_name", "last_name", "_loaded_at", "order_date", "user_id", "orders"),
                names(analysis));
    }

    @Test
    void unionIsNamedByItsFirstBranch() {
        SqlAnalysis analysis = analyze("""
                with a as (select 1 as x, 2 as y)
                select x as first_x, y from a
                union all
                select y, x from a
                """);

        assertEquals(List.of("first_x", "y"), names(analysis));
    }

    @Test
    void excludeAndExceptRemoveColumnsIgnoringCase() {
        assertEquals(List.of("id", "first_name", "last_name"),
                names(analyze("select * exclude (_LOADED_AT) from \"db\".\"main\".\"raw_customers\"")));
        assertEquals(List.of("event_id"), names(analyzer.analyze(
                "select * except (user_id, payload) from `proj`.`ds`.`events`", SqlDialect.of("bigquery"), WAREHOUSE)));
        assertEquals(List.of("ID", "NAME"), names(analyzer.analyze(
                "select * exclude (_fivetran_synced) from RAW.SALESFORCE.ACCOUNT", SqlDialect.of("snowflake"),
                WAREHOUSE)));
    }

    @Test
    void replaceKeepsTheColumnNames() {
        assertEquals(List.of("event_id", "user_id", "payload"), names(analyzer.analyze(
                "select * replace (lower(payload) as payload) from `proj`.`ds`.`events`", SqlDialect.of("bigquery"),
                WAREHOUSE)));
    }

    @Test
    void joinUsingListsTheSharedColumnOnceAndFirst() {
        SqlAnalysis analysis = analyze("""
                with a as (select 1 as k, 2 as x), b as (select 3 as y, 1 as k)
                select * from a join b using (k)
                """);

        assertEquals(List.of("k", "x", "y"), names(analysis));
    }

    @Test
    void cteColumnListsAndSubqueryAliasListsRename() {
        assertEquals(List.of("a", "b"), names(analyze("with t(a, b) as (select 1, 2) select * from t")));
        assertEquals(List.of("p", "q"), names(analyze("select * from (select 1 as x, 2 as y) as s(p, q)")));
    }

    @Test
    void innerWithShadowsOuterCte() {
        SqlAnalysis analysis = analyze("""
                with t as (select 1 as outer_col)
                select * from (with t as (select 1 as inner_col) select * from t) s
                """);

        assertEquals(List.of("inner_col"), names(analysis));
    }

    @Test
    void finalAsACteNameResolves() {
        assertEquals(List.of("final", "start"), names(analyze(
                "with final as (select 1 as final, 2 as start) select final.final, start from final")));
    }

    @Test
    void unknownUpstreamMakesAStarUnknownWithTheRelationNamed() {
        String why = unknownReason(analyze("select * from \"db\".\"main\".\"nowhere\""));

        assertEquals("the columns of \"db\".\"main\".\"nowhere\" are not known", why);
    }

    @Test
    void unknownUpstreamDoesNotMatterWhenColumnsAreNamed() {
        assertEquals(List.of("a", "b"), names(analyze("select a, t.b from \"db\".\"main\".\"nowhere\" t")));
    }

    @Test
    void anUnaliasedExpressionMakesTheColumnsUnknown() {
        String why = unknownReason(analyze("select id, count(*) from t group by id"));

        assertTrue(why.contains("count(*)") && why.contains("no alias"), why);
    }

    @Test
    void tableFunctionsAreUnknownUnlessTheirColumnsAreNamed() {
        assertTrue(unknownReason(analyze("select * from unnest([1, 2]) as u")).contains("unnest"));
        assertEquals(List.of("day"), names(analyzer.analyze(
                "select * from generate_series(1, 3) as g(day)", SqlDialect.of("postgres"), WAREHOUSE)));
    }

    @Test
    void selfReferencingRecursiveCteIsUnknownNotALoop() {
        SqlAnalysis analysis = analyze("""
                with recursive r as (select * from r union all select * from r)
                select * from r
                """);

        assertTrue(unknownReason(analysis).contains("refers to itself"), unknownReason(analysis));
    }

    @Test
    void recursiveCteIsNamedByItsAnchor() {
        assertEquals(List.of("n"), names(analyze("""
                with recursive r as (select 1 as n union all select n + 1 from r where n < 3)
                select * from r
                """)));
    }

    @Test
    void qualifiedStarOfAnUnknownAliasIsUnknown() {
        assertTrue(unknownReason(analyze("select x.* from \"db\".\"main\".\"raw_orders\" o")).contains("x.*"));
    }

    @Test
    void relationNamesReachUpstreamAsWritten() {
        List<String> asked = new java.util.ArrayList<>();
        analyzer.analyze("select * from `proj`.`ds`.`events` e join `p.d.t` using (id)", SqlDialect.of("bigquery"),
                relation -> {
                    asked.add(relation);
                    return java.util.Optional.of(List.of("id"));
                });

        assertEquals(List.of("`proj`.`ds`.`events`", "`p.d.t`"), asked);
    }
}
