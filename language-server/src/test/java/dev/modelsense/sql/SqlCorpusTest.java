package dev.modelsense.sql;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Valid warehouse SQL must never draw a red squiggle. */
class SqlCorpusTest {

    private static ExecutorService threads;
    private static SqlAnalyzer analyzer;

    @BeforeAll
    static void start() {
        threads = Executors.newCachedThreadPool();
        analyzer = new SqlAnalyzer(Duration.ofSeconds(10), threads);
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
    }

    static List<DialectCorpus.Query> corpus() {
        return DialectCorpus.valid();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void validDialectSqlIsNotFlagged(DialectCorpus.Query query) {
        SqlAnalysis analysis = analyzer.analyze(query.sql(), SqlDialect.of(query.adapter()), UpstreamColumns.NONE);

        assertEquals(java.util.Optional.empty(), analysis.syntaxError(), query.name());
        assertFalse(analysis.timedOut(), query.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void validDialectSqlIsUnderstoodNotJustExcused(DialectCorpus.Query query) {
        SqlAnalysis analysis = analyzer.analyze(query.sql(), SqlDialect.of(query.adapter()), UpstreamColumns.NONE);

        // The corpus is what JSqlParser must actually parse; an entry excused as unsupported is a regression.
        if (analysis.columns() instanceof Columns.Unknown unknown) {
            assertFalse(unknown.why().startsWith("the SQL parser does not support"), query.name() + ": " + unknown.why());
        } else {
            assertTrue(analysis.columns() instanceof Columns.Known);
        }
    }

    /** Valid SQL JSqlParser 5.3 rejects: adapter and statement. */
    static List<DialectCorpus.Query> excusedConstructs() {
        return List.of(
                excused("duckdb", "select {'a': 1, 'b': 2} as s from t"),
                excused("duckdb", "from \"dev\".\"main\".\"orders\" select customer_id"),
                excused("duckdb", "select * exclude _loaded_at from \"dev\".\"main\".\"events\""),
                excused("duckdb", "select a from t union all by name select a from u"),
                excused("duckdb", "select * from t using sample 10%"),
                excused("duckdb", "select l[1:2] as s, [x * 2 for x in l] as c from t"),
                excused("duckdb", "select a from t where a ^@ 'x'"),
                excused("duckdb", "select * from t asof join u on t.id = u.id and t.ts >= u.ts"),
                excused("postgres", "select * from t tablesample bernoulli (10)"),
                excused("postgres", "select e'it\\'s' as a"),
                excused("postgres", "select a from t where b between symmetric 1 and 2"),
                excused("snowflake", "select * from t match_recognize (partition by a order by b pattern (x+) define x as true)"),
                excused("snowflake", "select $1 as a, $2 as b from @my_stage/file.csv"),
                excused("snowflake", "select t.$1 as a from t"),
                excused("snowflake", "select * from t at(offset => -60)"),
                excused("bigquery", "select * from `p.d.t` for system_time as of timestamp_sub(current_timestamp(), interval 1 hour)"),
                excused("bigquery", "select cast(a as struct<x int64, y string>) as s from t"),
                excused("bigquery", "select x, off from unnest([1, 2]) as x with offset as off"),
                excused("databricks", "select * from t left anti join u using (id)"),
                excused("databricks", "select * from t timestamp as of '2024-01-01'"));
    }

    private static DialectCorpus.Query excused(String adapter, String sql) {
        return new DialectCorpus.Query(adapter, sql, sql);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("excusedConstructs")
    void constructsTheParserLacksYieldUnknownColumnsNotErrors(DialectCorpus.Query query) {
        SqlAnalysis analysis = analyzer.analyze(query.sql(), SqlDialect.of(query.adapter()), UpstreamColumns.NONE);

        assertEquals(java.util.Optional.empty(), analysis.syntaxError(), query.sql());
        assertTrue(analysis.columns() instanceof Columns.Unknown, query.sql());
    }

    static List<DialectCorpus.Query> moreValidSql() {
        return List.of(
                excused("snowflake", "select * from identifier('db.s.t')"),
                excused("snowflake", "select a from t sample (10)"),
                excused("snowflake", "select v:\"Quoted Key\"::string as k from t"),
                excused("snowflake", "select * from table(flatten(input => parse_json('[1,2]'))) f"),
                excused("snowflake", "select last_value(a) ignore nulls over (partition by b order by c) as l from t"),
                excused("snowflake", "select a, output from t // a Snowflake comment"),
                excused("bigquery", "select as struct 1 as a"),
                excused("bigquery", "select '''multi''' as a, r'raw\\d' as b, b'bytes' as c"),
                excused("bigquery", "select array(select as struct a, b from t2) as arr from t"),
                excused("bigquery", "select * from t where a in unnest(['a', 'b'])"),
                excused("databricks", "select a:b.c::string as x from t"),
                excused("databricks", "select * from t left semi join u on t.id = u.id"),
                excused("databricks", "select filter(arr, x -> x > 1) as f, aggregate(arr, 0, (acc, x) -> acc + x) as s from t"),
                excused("postgres", "select (t.j -> 'a')::text as a, t.j ? 'k' as has_k from t"),
                excused("postgres", "select a from t where a @> array[1]"),
                excused("postgres", "select a from t fetch first 10 rows only"),
                excused("redshift", "select approximate count(distinct a) as n from t"),
                excused("redshift", "select top 10 a from t"),
                excused("clickhouse", "select a from t final"),
                excused("duckdb", "select * from (values (1, 'a'), (2, 'b')) as v(id, name)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moreValidSql")
    void moreValidDialectSqlIsNotFlagged(DialectCorpus.Query query) {
        SqlAnalysis analysis = analyzer.analyze(query.sql(), SqlDialect.of(query.adapter()), UpstreamColumns.NONE);

        assertEquals(java.util.Optional.empty(), analysis.syntaxError(), query.sql());
    }

    @Test
    void duckDbIntegerDivisionIsNotMistakenForAComment() {
        SqlAnalysis analysis = analyzer.analyze("select a // 2 as half, b from t", SqlDialect.of("duckdb"),
                UpstreamColumns.NONE);

        assertTrue(analysis.syntaxError().isEmpty());
        assertTrue(Analyzers.unknownReason(analysis).contains("'//'"), analysis.toString());
    }

    @Test
    void valuesNamedByAnAliasListHaveThoseColumns() {
        SqlAnalysis analysis = analyzer.analyze("select * from (values (1, 'a'), (2, 'b')) as v(id, name)",
                SqlDialect.of("duckdb"), UpstreamColumns.NONE);

        assertEquals(List.of("id", "name"), Analyzers.names(analysis));
    }
}
