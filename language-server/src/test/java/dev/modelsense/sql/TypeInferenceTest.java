package dev.modelsense.sql;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Static types of output columns: what the SQL itself says, then what upstream relations say. */
class TypeInferenceTest {

    private static final String ORDERS = "\"db\".\"main\".\"orders\"";
    private static final UpstreamColumns COLUMNS = relation -> relation.equals(ORDERS)
            ? Optional.of(List.of("id", "ordered_at", "amount", "ind_returned", "status")) : Optional.empty();
    private static final UpstreamTypes TYPES = (relation, column) -> {
        if (!relation.equals(ORDERS)) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (column.toLowerCase()) {
            case "id" -> InferredType.of(ValueType.INTEGER, "data_type bigint");
            case "ordered_at" -> InferredType.of(ValueType.TIMESTAMP, "data_type timestamp");
            case "amount" -> InferredType.of(ValueType.DECIMAL, "data_type numeric(10,2)");
            case "ind_returned" -> InferredType.of(ValueType.INTEGER, "data_type int");
            default -> null;
        });
    };

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

    private static Map<String, InferredType> types(String adapter, String sql) {
        SqlAnalysis analysis = analyzer.analyze(sql, SqlDialect.of(adapter), COLUMNS);
        Columns.Known known = assertInstanceOf(Columns.Known.class, analysis.columns(), analysis.columns()::toString);
        Map<String, InferredType> result = new java.util.LinkedHashMap<>();
        known.columns().forEach(c -> result.put(c.name(), TypeResolution.resolve(c.type(), TYPES)));
        return result;
    }

    private static ValueType type(String adapter, String sql, String column) {
        return types(adapter, sql).get(column).type();
    }

    @Test
    void castsLiteralsAndComparisons() {
        String sql = """
                select cast(id as varchar(20)) as a, id::date as b, 1 as c, 'x' as d, 2.5 as e, true as f,
                       amount > 10 as g, status in ('a', 'b') as h, status is null as i, null as j,
                       date '2024-01-01' as k, cast(amount as numeric(10, 2)) as l, cast(id as number) as m
                from "db"."main"."orders"
                """;
        Map<String, InferredType> types = types("duckdb", sql);
        assertEquals(ValueType.STRING, types.get("a").type());
        assertEquals("cast(... as varchar(20))", types.get("a").evidence());
        assertEquals(ValueType.DATE, types.get("b").type());
        assertEquals(ValueType.INTEGER, types.get("c").type());
        assertEquals(ValueType.STRING, types.get("d").type());
        assertEquals(ValueType.DECIMAL, types.get("e").type());
        assertEquals(ValueType.BOOLEAN, types.get("f").type());
        assertEquals(ValueType.BOOLEAN, types.get("g").type());
        assertEquals(ValueType.BOOLEAN, types.get("h").type());
        assertEquals(ValueType.BOOLEAN, types.get("i").type());
        assertFalse(types.get("j").known());
        assertEquals(ValueType.DATE, types.get("k").type());
        assertEquals(ValueType.DECIMAL, types.get("l").type());
        assertEquals(ValueType.DECIMAL, types.get("m").type(), "number is a decimal outside Snowflake");
        assertEquals(ValueType.INTEGER, type("snowflake", sql, "m"), "Snowflake's number has scale 0");
    }

    @Test
    void aggregatesKeepWhatTheyAggregate() {
        String sql = """
                select count(*) as n_orders, count(distinct id) as n_ids, sum(ind_returned) as ind_returned,
                       sum(amount) as amt_total, avg(amount) as amt_avg, max(ordered_at) as ts_last,
                       min(status) as first_status, bool_or(amount > 0) as any_paid,
                       string_agg(status, ',') as statuses
                from "db"."main"."orders"
                """;
        Map<String, InferredType> types = types("postgres", sql);
        assertEquals(ValueType.INTEGER, types.get("n_orders").type());
        assertEquals("count", types.get("n_orders").aggregate());
        assertEquals(ValueType.INTEGER, types.get("ind_returned").type());
        assertEquals("sum", types.get("ind_returned").aggregate());
        assertEquals("ind_returned", types.get("ind_returned").aggregated());
        assertEquals("sum(...) of ind_returned", types.get("ind_returned").evidence());
        assertEquals(ValueType.DECIMAL, types.get("amt_total").type());
        assertEquals(ValueType.DECIMAL, types.get("amt_avg").type(), "Postgres averages into numeric");
        assertEquals(ValueType.FLOAT, type("duckdb", sql, "amt_avg"), "DuckDB averages into a double");
        assertEquals(ValueType.TIMESTAMP, types.get("ts_last").type());
        assertFalse(types.get("first_status").known(), "min of an untyped column");
        assertEquals(ValueType.BOOLEAN, types.get("any_paid").type());
        assertEquals(ValueType.STRING, types.get("statuses").type());
    }

    @Test
    void caseThenOneElseZeroIsAZeroOneInteger() {
        String sql = """
                select case when status = 'returned' then 1 else 0 end as ind_returned,
                       case when status = 'x' then 'a' else null end as cat_x,
                       case when amount > 0 then amount end as amt_positive,
                       iff(amount > 0, 1, 0) as ind_paid
                from "db"."main"."orders"
                """;
        Map<String, InferredType> types = types("snowflake", sql);
        assertEquals(ValueType.INTEGER, types.get("ind_returned").type());
        assertTrue(types.get("ind_returned").zeroOne());
        assertEquals(ValueType.STRING, types.get("cat_x").type());
        assertEquals(ValueType.DECIMAL, types.get("amt_positive").type());
        assertTrue(types.get("ind_paid").zeroOne());
    }

    @Test
    void dateFunctionsPerDialect() {
        String sql = """
                select current_date as dt_today, current_timestamp as ts_now, to_date(status) as dt_x,
                       date_trunc('month', ordered_at) as ts_month, date_trunc('month', current_date) as dt_month,
                       dateadd(day, 1, current_date) as dt_next, datediff('day', ordered_at, current_date) as n_days,
                       extract(year from ordered_at) as n_year, now() as ts_now2
                from "db"."main"."orders"
                """;
        Map<String, InferredType> snowflake = types("snowflake", sql);
        assertEquals(ValueType.DATE, snowflake.get("dt_today").type());
        assertEquals(ValueType.TIMESTAMP, snowflake.get("ts_now").type());
        assertEquals(ValueType.DATE, snowflake.get("dt_x").type());
        assertEquals(ValueType.TIMESTAMP, snowflake.get("ts_month").type());
        assertEquals(ValueType.DATE, snowflake.get("dt_month").type(), "Snowflake truncates a date to a date");
        assertEquals(ValueType.DATE, snowflake.get("dt_next").type());
        assertEquals(ValueType.INTEGER, snowflake.get("n_days").type());
        assertEquals(ValueType.INTEGER, snowflake.get("n_year").type());
        assertEquals(ValueType.TIMESTAMP, snowflake.get("ts_now2").type());
        assertEquals(ValueType.TIMESTAMP, type("postgres", sql, "dt_month"), "Postgres date_trunc gives a timestamp");
        assertEquals(ValueType.DATE, type("duckdb", sql, "dt_month"));
    }

    @Test
    void stringsCoalesceAndArithmetic() {
        String sql = """
                select concat(status, 'x') as a, status || '-' as b, upper(status) as c, length(status) as d,
                       coalesce(amount, 0) as e, coalesce(null, ordered_at) as f, nullif(id, 0) as g,
                       amount * 2 as h, id + 1 as i, id / 2 as j, md5(status) as k, round(amount, 2) as l,
                       row_number() over (order by id) as m, sum(amount) over (partition by id) as n
                from "db"."main"."orders"
                """;
        Map<String, InferredType> types = types("postgres", sql);
        assertEquals(ValueType.STRING, types.get("a").type());
        assertEquals(ValueType.STRING, types.get("b").type());
        assertEquals(ValueType.STRING, types.get("c").type());
        assertEquals(ValueType.INTEGER, types.get("d").type());
        assertEquals(ValueType.DECIMAL, types.get("e").type());
        assertEquals(ValueType.TIMESTAMP, types.get("f").type());
        assertEquals(ValueType.INTEGER, types.get("g").type());
        assertEquals(ValueType.DECIMAL, types.get("h").type());
        assertEquals(ValueType.INTEGER, types.get("i").type());
        assertEquals(ValueType.INTEGER, types.get("j").type(), "Postgres divides integers into an integer");
        assertEquals(ValueType.FLOAT, type("duckdb", sql, "j"), "DuckDB divides integers into a double");
        assertEquals(ValueType.DECIMAL, type("snowflake", sql, "j"), "Snowflake divides integers into a number");
        assertEquals(ValueType.STRING, types.get("k").type());
        assertEquals(ValueType.DECIMAL, types.get("l").type());
        assertEquals(ValueType.INTEGER, types.get("m").type());
        assertEquals(ValueType.DECIMAL, types.get("n").type());
        assertNull(types.get("n").aggregate(), "a window keeps the rows");
    }

    @Test
    void typesFlowThroughCtesSubqueriesStarsAndUnions() {
        String sql = """
                with base as (select *, cast(ordered_at as date) as dt_order from "db"."main"."orders"),
                     agg as (select dt_order, sum(ind_returned) as ind_returned from base group by 1)
                select a.dt_order, a.ind_returned as n_returned, s.id, u.x
                from agg a
                join (select id from base) s on true
                cross join (select 1 as x union all select 2.5) u
                """;
        Map<String, InferredType> types = types("duckdb", sql);
        assertEquals(ValueType.DATE, types.get("dt_order").type());
        assertEquals("cast(... as date)", types.get("dt_order").evidence());
        assertEquals(ValueType.INTEGER, types.get("n_returned").type());
        assertEquals("sum", types.get("n_returned").aggregate(), "aggregated in this model, through a CTE");
        assertEquals(ValueType.INTEGER, types.get("id").type());
        assertEquals("data_type bigint", types.get("id").evidence());
        assertEquals(ValueType.INTEGER, types.get("x").type(), "a union is typed by its first branch");
    }

    @Test
    void unknownUpstreamsStayUnknown() {
        Map<String, InferredType> types = types("duckdb", "select status, my_udf(id) as y from \"db\".\"main\".\"orders\"");
        assertFalse(types.get("status").known());
        assertFalse(types.get("y").known());
    }

    @Test
    void warehouseTypeNames() {
        SqlDialect postgres = SqlDialect.of("postgres");
        SqlDialect snowflake = SqlDialect.of("snowflake");
        assertEquals(Optional.of(ValueType.STRING), TypeNames.of("varchar(20)", postgres));
        assertEquals(Optional.of(ValueType.STRING), TypeNames.of("character varying", postgres));
        assertEquals(Optional.of(ValueType.DECIMAL), TypeNames.of("numeric(10,2)", postgres));
        assertEquals(Optional.of(ValueType.INTEGER), TypeNames.of("numeric(10, 0)", postgres));
        assertEquals(Optional.of(ValueType.DECIMAL), TypeNames.of("NUMBER(38,2)", snowflake));
        assertEquals(Optional.of(ValueType.INTEGER), TypeNames.of("NUMBER", snowflake));
        assertEquals(Optional.of(ValueType.INTEGER), TypeNames.of("bigint", postgres));
        assertEquals(Optional.of(ValueType.TIMESTAMP), TypeNames.of("timestamp_ntz", snowflake));
        assertEquals(Optional.of(ValueType.TIMESTAMP), TypeNames.of("timestamp with time zone", postgres));
        assertEquals(Optional.of(ValueType.BOOLEAN), TypeNames.of("bool", postgres));
        assertEquals(Optional.of(ValueType.FLOAT), TypeNames.of("double precision", postgres));
        assertEquals(Optional.of(ValueType.OTHER), TypeNames.of("integer[]", postgres));
        assertEquals(Optional.of(ValueType.OTHER), TypeNames.of("array<string>", SqlDialect.of("bigquery")));
        assertEquals(Optional.empty(), TypeNames.of("my_domain", postgres));
    }
}
