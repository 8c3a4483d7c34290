package dev.modelsense.sql;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

    static List<String> excusedConstructs() {
        return List.of(
                "select {'a': 1, 'b': 2} as s from t",
                "from \"dev\".\"main\".\"orders\" select customer_id",
                "select * exclude _loaded_at from \"dev\".\"main\".\"events\"",
                "select a from t union all by name select a from u",
                "select * from t using sample 10%",
                "select * from t tablesample bernoulli (10)",
                "select * from t match_recognize (partition by a order by b pattern (x+) define x as true)",
                "select * from t asof join u on t.id = u.id and t.ts >= u.ts");
    }

    @ParameterizedTest
    @MethodSource("excusedConstructs")
    void constructsTheParserLacksYieldUnknownColumnsNotErrors(String sql) {
        SqlAnalysis analysis = analyzer.analyze(sql, SqlDialect.of("duckdb"), UpstreamColumns.NONE);

        assertEquals(java.util.Optional.empty(), analysis.syntaxError(), sql);
        assertTrue(analysis.columns() instanceof Columns.Unknown, sql);
    }
}
