package dev.modelsense.sql;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static dev.modelsense.sql.Analyzers.names;
import static dev.modelsense.sql.Analyzers.unknownReason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pathological SQL is bounded: refused up front or abandoned at the budget, and the analyser goes on working. */
class ParseBudgetTest {

    /** A hang guard, not a speed assertion: far above any budget used here. */
    private static final Duration NEVER_HANG = Duration.ofSeconds(60);

    private final ExecutorService oneThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        oneThread.shutdownNow();
    }

    static String nestedCase(int depth) {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < depth; i++) {
            sql.append("case when amount > ").append(i).append(" then ");
        }
        sql.append("'big'");
        sql.append(" else 'small' end".repeat(depth));
        return sql.append(" as bucket from payments").toString();
    }

    /** Valid SQL the fast grammar rejects and the complex grammar explores exponentially. */
    static String nestedParentheses(int depth) {
        return "select " + "(".repeat(depth) + "amount" + ")".repeat(depth) + " as amount from payments";
    }

    @Test
    void fiveHundredNestedCasesAreRefusedBeforeParsingAndTheAnalyzerGoesOn() {
        SqlAnalyzer analyzer = new SqlAnalyzer(Duration.ofMillis(500), oneThread);

        SqlAnalysis analysis = assertTimeoutPreemptively(NEVER_HANG,
                () -> analyzer.analyze(nestedCase(500), SqlDialect.of("snowflake"), UpstreamColumns.NONE));

        assertTrue(analysis.syntaxError().isEmpty());
        assertTrue(unknownReason(analysis).contains("nests 500 levels"), unknownReason(analysis));
        assertEquals(List.of("a"), names(analyzer.analyze("select 1 as a", SqlDialect.of("snowflake"),
                UpstreamColumns.NONE)));
    }

    @Test
    void exponentialParseTimesOutWithoutAnErrorAndFreesItsThread() {
        SqlAnalyzer analyzer = new SqlAnalyzer(Duration.ofMillis(300), oneThread);

        SqlAnalysis analysis = assertTimeoutPreemptively(NEVER_HANG,
                () -> analyzer.analyze(nestedParentheses(40), SqlDialect.of("postgres"), UpstreamColumns.NONE));

        assertTrue(analysis.timedOut());
        assertTrue(analysis.syntaxError().isEmpty(), "valid SQL the parser gave up on is not an error");
        assertTrue(unknownReason(analysis).contains("longer than 300 ms"), unknownReason(analysis));
        // The executor has one thread: this only parses if the abandoned parse let go of it.
        SqlAnalysis next = assertTimeoutPreemptively(NEVER_HANG,
                () -> analyzer.analyze("select id, amount from payments", SqlDialect.of("postgres"),
                        UpstreamColumns.NONE));
        assertFalse(next.timedOut());
        assertEquals(List.of("id", "amount"), names(next));
    }

    @Test
    void deeplyNestedCasesWithinTheLimitStillParse() {
        SqlAnalyzer analyzer = new SqlAnalyzer(Duration.ofSeconds(20), oneThread);

        SqlAnalysis analysis = analyzer.analyze(nestedCase(60), SqlDialect.of("postgres"), UpstreamColumns.NONE);

        assertEquals(List.of("bucket"), names(analysis));
    }

    @Test
    void sqlOverOneMegabyteIsRefusedBeforeParsing() {
        SqlAnalyzer analyzer = new SqlAnalyzer(Duration.ofSeconds(5), oneThread);
        String huge = "select 1 as a\n" + "-- padding\n".repeat(100_000);

        SqlAnalysis analysis = analyzer.analyze(huge, SqlDialect.of("postgres"), UpstreamColumns.NONE);

        assertTrue(unknownReason(analysis).contains("larger than 1 MB"));
        assertFalse(analysis.timedOut());
    }

    @Test
    void aStoppedExecutorYieldsUnknownColumnsInsteadOfAnException() {
        ExecutorService stopped = Executors.newSingleThreadExecutor();
        stopped.shutdown();
        SqlAnalyzer analyzer = new SqlAnalyzer(Duration.ofSeconds(5), stopped);

        // the fast grammar runs on the caller; only the complex grammar's retry needs the parser threads
        assertEquals(List.of("a"), names(analyzer.analyze("select 1 as a", SqlDialect.of("postgres"),
                UpstreamColumns.NONE)));
        SqlAnalysis analysis = assertTimeoutPreemptively(NEVER_HANG, () -> analyzer.analyze(nestedParentheses(40),
                SqlDialect.of("postgres"), UpstreamColumns.NONE));

        assertTrue(analysis.syntaxError().isEmpty());
        assertTrue(unknownReason(analysis).contains("not accepting work"), unknownReason(analysis));
    }

    @Test
    void aLongFastGrammarParseOnTheCallerStopsAtItsBudget() {
        SqlAnalyzer analyzer = new SqlAnalyzer(Duration.ofMillis(20), oneThread);
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < 20_000; i++) {
            sql.append(i == 0 ? "" : ", ").append("coalesce(a, b) * (c + ").append(i).append(") as x").append(i);
        }
        sql.append(" from payments");

        SqlAnalysis analysis = assertTimeoutPreemptively(NEVER_HANG,
                () -> analyzer.analyze(sql.toString(), SqlDialect.of("postgres"), UpstreamColumns.NONE));

        assertTrue(analysis.timedOut(), () -> unknownReason(analysis));
        assertTrue(analysis.syntaxError().isEmpty());
    }

    @Test
    void aFailingUpstreamLookupDoesNotEscape() {
        SqlAnalyzer analyzer = new SqlAnalyzer(Duration.ofSeconds(5), oneThread);

        SqlAnalysis analysis = analyzer.analyze("select * from db.s.t", SqlDialect.of("postgres"), relation -> {
            throw new IllegalStateException("metadata cache closed");
        });

        assertTrue(unknownReason(analysis).contains("metadata cache closed"));
    }
}
