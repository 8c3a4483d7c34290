package dev.modelsense.sql;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static dev.modelsense.sql.Analyzers.upstream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Column lineage of tricky statements: each output column's upstream columns and how it derives from them. */
class ColumnLineageTest {

    private static final String ORDERS = "\"db\".\"main\".\"raw_orders\"";
    private static final String PAYMENTS = "\"db\".\"main\".\"raw_payments\"";
    private static final UpstreamColumns WAREHOUSE = upstream(Map.of(
            ORDERS, List.of("id", "user_id", "order_date", "status"),
            PAYMENTS, List.of("id", "order_id", "payment_method", "amount"),
            "`proj`.`ds`.`events`", List.of("event_id", "user_id", "payload")));

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

    private static SqlAnalysis analyze(String sql, String adapter) {
        return analyzer.analyze(sql, SqlDialect.of(adapter), WAREHOUSE);
    }

    /** Output column -> its origins as {@code relation.column kind}, in order. */
    private static Map<String, List<String>> lineage(SqlAnalysis analysis) {
        Columns.Known known = assertInstanceOf(Columns.Known.class, analysis.columns(), () -> analysis.toString());
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (OutputColumn column : known.columns()) {
            result.put(column.name(), column.origins().stream().map(ColumnLineageTest::describe).toList());
        }
        return result;
    }

    private static String describe(ColumnOrigin origin) {
        String table = origin.relation().substring(origin.relation().lastIndexOf('.') + 1).replace("\"", "")
                .replace("`", "");
        return table + "." + origin.column() + " " + origin.kind().label();
    }

    private static List<String> conditions(SqlAnalysis analysis) {
        return analysis.conditions().stream().map(ColumnLineageTest::describe).toList();
    }

    @Test
    void starThroughCtesKeepsRenamesAndFilters() {
        SqlAnalysis analysis = analyze("""
                with source as (select * from "db"."main"."raw_orders"),
                renamed as (
                    select id as order_id, user_id as customer_id, order_date, upper(status) as status
                    from source where order_date >= '2018-01-01'
                )
                select * from renamed
                """, "duckdb");

        assertEquals(Map.of(
                "order_id", List.of("raw_orders.id renamed"),
                "customer_id", List.of("raw_orders.user_id renamed"),
                "order_date", List.of("raw_orders.order_date passed"),
                "status", List.of("raw_orders.status transformed")), lineage(analysis));
        assertEquals(List.of("raw_orders.order_date filter"), conditions(analysis));
    }

    @Test
    void aggregatesAndJoinsAreTheirOwnKinds() {
        SqlAnalysis analysis = analyze("""
                with payments as (select * from "db"."main"."raw_payments")
                select o.id as order_id,
                       sum(case when p.payment_method = 'coupon' then p.amount else 0 end) as coupon_amount,
                       count(*) as payments
                from "db"."main"."raw_orders" o
                left join payments p on o.id = p.order_id
                group by o.id
                having count(*) > 1
                """, "postgres");

        Map<String, List<String>> lineage = lineage(analysis);
        assertEquals(List.of("raw_orders.id renamed"), lineage.get("order_id"));
        assertEquals(List.of("raw_payments.payment_method aggregated", "raw_payments.amount aggregated"),
                lineage.get("coupon_amount"));
        assertEquals(List.of(), lineage.get("payments"));
        assertEquals(List.of("raw_orders.id join", "raw_payments.order_id join"), conditions(analysis));
    }

    @Test
    void unionBranchesAllFeedTheColumnNamedByTheFirst() {
        SqlAnalysis analysis = analyze("""
                select id as entity_id, order_date as happened_at from "db"."main"."raw_orders"
                union all
                select order_id, cast(null as date) from "db"."main"."raw_payments"
                """, "duckdb");

        assertEquals(Map.of(
                "entity_id", List.of("raw_orders.id renamed", "raw_payments.order_id renamed"),
                "happened_at", List.of("raw_orders.order_date renamed")), lineage(analysis));
    }

    @Test
    void windowFunctionsTransformTheirPartitionAndOrderColumns() {
        SqlAnalysis analysis = analyze("""
                select id,
                       row_number() over (partition by user_id order by order_date) as order_seq,
                       sum(id) over (partition by user_id) as running
                from "db"."main"."raw_orders"
                qualify order_seq = 1
                """, "snowflake");

        Map<String, List<String>> lineage = lineage(analysis);
        assertEquals(List.of("raw_orders.user_id transformed", "raw_orders.order_date transformed"),
                lineage.get("order_seq"));
        assertEquals(List.of("raw_orders.id transformed", "raw_orders.user_id transformed"), lineage.get("running"));
        // `order_seq` in QUALIFY is the lateral alias, so the filter reads what it derives from.
        assertEquals(List.of("raw_orders.user_id filter", "raw_orders.order_date filter"), conditions(analysis));
    }

    @Test
    void lateralSubqueryColumnsDeriveFromTheirOwnQuery() {
        SqlAnalysis analysis = analyze("""
                select o.id, totals.total
                from "db"."main"."raw_orders" o
                cross join lateral (
                    select sum(p.amount) as total from "db"."main"."raw_payments" p where p.order_id = o.id
                ) totals
                """, "postgres");

        assertEquals(Map.of("id", List.of("raw_orders.id passed"),
                "total", List.of("raw_payments.amount aggregated")), lineage(analysis));
    }

    @Test
    void lateralColumnAliasesAndExcludedStarColumns() {
        SqlAnalysis analysis = analyze("""
                select * exclude (user_id), amount * 100 as cents, cents / 2 as half
                from "db"."main"."raw_payments"
                join "db"."main"."raw_orders" using (id)
                """, "duckdb");

        Map<String, List<String>> lineage = lineage(analysis);
        assertEquals(List.of("id", "order_id", "payment_method", "amount", "order_date", "status", "cents", "half"),
                List.copyOf(lineage.keySet()));
        assertEquals(List.of("raw_payments.amount transformed"), lineage.get("half"));
        assertEquals(List.of("raw_payments.id join", "raw_orders.id join"), conditions(analysis));
    }

    @Test
    void quotedIdentifiersPerDialect() {
        SqlAnalysis snowflake = analyze("""
                select "Order Id", "status" as "Order Status" from (select id as "Order Id", status
                from "db"."main"."raw_orders") as t
                """, "snowflake");
        assertEquals(Map.of("Order Id", List.of("raw_orders.id renamed"),
                "Order Status", List.of("raw_orders.status renamed")), lineage(snowflake));

        SqlAnalysis bigquery = analyze("select e.`event_id`, e.user_id as `user` from `proj`.`ds`.`events` e",
                "bigquery");
        assertEquals(Map.of("event_id", List.of("events.event_id passed"),
                "user", List.of("events.user_id renamed")), lineage(bigquery));
    }

    @Test
    void castsAndUnknownUpstreamsStillTraceNamedColumns() {
        SqlAnalysis analysis = analyzer.analyze("""
                select id::varchar as order_key, status, current_date as loaded_on
                from "db"."main"."undocumented"
                """, SqlDialect.of("postgres"), UpstreamColumns.NONE);

        assertEquals(Map.of("order_key", List.of("undocumented.id transformed"),
                "status", List.of("undocumented.status passed"),
                "loaded_on", List.of()), lineage(analysis));
    }

    @Test
    void usesPointAtTheReferenceInTheSql() {
        String sql = "select o.status, amount from \"db\".\"main\".\"raw_orders\" o "
                + "join \"db\".\"main\".\"raw_payments\" p on p.order_id = o.id";
        SqlAnalysis analysis = analyze(sql, "duckdb");

        List<String> uses = analysis.uses().stream()
                .map(use -> use.column() + "@" + sql.substring(use.offset(), use.offset() + use.length())).toList();
        assertEquals(List.of("status@o.status", "amount@amount", "order_id@p.order_id", "id@o.id"), uses);
    }

    @Test
    void aCorrelatedReferenceReadsTheEnclosingQuery() {
        String sql = "select o.id, (select max(p.amount) from \"db\".\"main\".\"raw_payments\" p"
                + " where p.order_id = o.id and p.payment_method = status) as top_amount"
                + " from \"db\".\"main\".\"raw_orders\" o";
        SqlAnalysis analysis = analyze(sql, "postgres");

        assertEquals(List.of("raw_payments.amount aggregated"), lineage(analysis).get("top_amount"));
        List<String> uses = analysis.uses().stream().map(ColumnLineageTest::describeUse).toList();
        assertTrue(uses.contains("raw_orders.status"), uses::toString);
        assertFalse(uses.contains("raw_payments.status"), "an outer column is not a use of the subquery's table");
    }

    @Test
    void lateralFlattenAndUnnestColumnsDeriveFromTheirArguments() {
        SqlAnalysis flatten = analyze("select e.id, f.value as status_part from \"db\".\"main\".\"raw_orders\" e,"
                + " lateral flatten(input => e.status) f", "snowflake");
        assertEquals(Map.of("id", List.of("raw_orders.id passed"),
                "status_part", List.of("raw_orders.status transformed")), lineage(flatten));

        SqlAnalysis unnest = analyze("select o.id, u.tag from \"db\".\"main\".\"raw_orders\" o"
                + " cross join unnest(o.status) as u(tag)", "duckdb");
        assertEquals(Map.of("id", List.of("raw_orders.id passed"),
                "tag", List.of("raw_orders.status transformed")), lineage(unnest));
    }

    @Test
    void blankLinesFromTheTemplateDoNotEndTheStatement() {
        String sql = "\n\n\n\nselect\n    id as order_id\n\n\n\nfrom \"db\".\"main\".\"raw_orders\"\n\n\nwhere statu = 1";
        SqlAnalysis analysis = analyze(sql.replace("statu =", "status ="), "duckdb");
        assertEquals(Map.of("order_id", List.of("raw_orders.id renamed")), lineage(analysis));

        SqlAnalysis broken = analyze(sql.replace("where statu = 1", "where ) x"), "duckdb");
        SyntaxError error = broken.syntaxError().orElseThrow();
        assertEquals(12, error.line(), "the error stays on its line: " + error);
        assertEquals(sql.indexOf("where"), error.offset());
    }

    private static String describeUse(ColumnUse use) {
        return use.relation().substring(use.relation().lastIndexOf('.') + 1).replace("\"", "") + "." + use.column();
    }
}
