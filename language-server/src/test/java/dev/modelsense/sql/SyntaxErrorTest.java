package dev.modelsense.sql;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invalid SQL is flagged where the user has to look: line, column and offset in the analysed text. */
class SyntaxErrorTest {

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

    private static SyntaxError errorIn(String sql, String adapter) {
        SqlAnalysis analysis = analyzer.analyze(sql, SqlDialect.of(adapter), UpstreamColumns.NONE);
        assertFalse(analysis.timedOut());
        assertInstanceOf(Columns.Unknown.class, analysis.columns());
        return analysis.syntaxError().orElseThrow(() -> new AssertionError("no syntax error in: " + sql));
    }

    private static void assertAt(SyntaxError error, String sql, int line, int column, String textThere) {
        assertEquals(line, error.line(), error.toString());
        assertEquals(column, error.column(), error.toString());
        assertTrue(sql.startsWith(textThere, error.offset()), () -> "at offset " + error.offset() + ": "
                + sql.substring(error.offset(), Math.min(sql.length(), error.offset() + 20)));
    }

    @Test
    void trailingCommaBeforeFromIsReportedAtTheComma() {
        String sql = """
                with orders as (
                    select * from "db"."main"."orders"
                )
                select
                    order_id,
                    customer_id,
                from orders
                """;
        SyntaxError error = errorIn(sql, "duckdb");

        assertAt(error, sql, 5, 15, ",\nfrom");
        assertEquals("SQL syntax error: trailing comma before FROM", error.message());
    }

    @Test
    void trailingCommaInsideACteIsReportedToo() {
        String sql = "with a as (\n    select id, name, from t\n)\nselect * from a";
        SyntaxError error = errorIn(sql, "postgres");

        assertAt(error, sql, 1, 19, ", from");
    }

    @Test
    void missingCommaBetweenColumnsPointsAtTheThirdName() {
        String sql = "select\n    id\n    first_name\n    last_name\nfrom customers";
        SyntaxError error = errorIn(sql, "snowflake");

        assertAt(error, sql, 3, 4, "last_name");
        assertEquals("SQL syntax error: unexpected 'last_name'", error.message());
    }

    @Test
    void unclosedParenthesisIsReportedWhereTheStatementGoesOn() {
        String sql = "select\n    coalesce(amount, 0 as amount\nfrom payments";
        SyntaxError error = errorIn(sql, "postgres");

        assertEquals(1, error.line());
        assertTrue(error.offset() > sql.indexOf("coalesce"), error.toString());
    }

    @Test
    void unclosedParenthesisAtTheEndIsReportedAtTheEnd() {
        String sql = "select * from (select 1 as a";
        SyntaxError error = errorIn(sql, "postgres");

        assertEquals(0, error.line());
        assertEquals(sql.length(), error.offset());
        assertTrue(error.message().contains("ends too early"), error.message());
    }

    @Test
    void misspelledSelectIsReportedAtTheStart() {
        String sql = "\n\nselec id, name\nfrom customers";
        SyntaxError error = errorIn(sql, "bigquery");

        assertAt(error, sql, 2, 0, "selec");
    }

    @Test
    void tabsAndCarriageReturnsCountAsOneColumnAndOneLineBreak() {
        String sql = "select\r\n\ta,\r\n\tb,\r\nfrom t";
        SyntaxError error = errorIn(sql, "redshift");

        assertAt(error, sql, 2, 2, ",\r\nfrom");
    }

    @Test
    void offsetsCountUtf16UnitsAfterAnEmoji() {
        String sql = "select '😀', a b c from t";
        SyntaxError error = errorIn(sql, "postgres");

        assertAt(error, sql, 0, sql.indexOf(" c ") + 1, "c from");
    }

    @Test
    void aCharacterSqlCannotContainIsALexicalError() {
        String sql = "select a, § from t";
        SyntaxError error = errorIn(sql, "postgres");

        assertEquals(0, error.line());
        assertEquals(sql.indexOf('§'), error.offset());
    }

    @Test
    void anUnclosedStringIsReportedAtItsOpeningQuote() {
        String sql = "select\n    'unfinished as label,\n    id\nfrom t";
        SyntaxError error = errorIn(sql, "postgres");

        assertAt(error, sql, 1, 4, "'unfinished");
        assertEquals("SQL syntax error: a string or quoted name is not closed", error.message());
    }

    @Test
    void twoStatementsInOneModelAreAnError() {
        String sql = "select 1 as a;\nselect 2 as b";
        SyntaxError error = errorIn(sql, "duckdb");

        assertAt(error, sql, 1, 0, "select 2");
    }

    @Test
    void aShieldedKeywordKeepsItsSpellingInTheMessage() {
        String sql = "with final as (select 1 as a)\nselect a final b from final";
        SyntaxError error = errorIn(sql, "postgres");

        assertAt(error, sql, 1, 15, "b from");
        assertFalse(error.message().contains(String.valueOf(KeywordShield.MARKER)), error.message());
    }

    @Test
    void aBackslashEscapeIsOnlyAnEscapeWhereTheWarehouseSaysSo() {
        String escaped = "select 'it\\'s' as a from t";
        String plain = "select 'C:\\' as path from t";

        assertTrue(analyzer.analyze(escaped, SqlDialect.of("bigquery"), UpstreamColumns.NONE).syntaxError().isEmpty());
        assertTrue(analyzer.analyze(plain, SqlDialect.of("postgres"), UpstreamColumns.NONE).syntaxError().isEmpty());
        assertTrue(analyzer.analyze(escaped, SqlDialect.of("postgres"), UpstreamColumns.NONE).syntaxError().isPresent());
    }

    @Test
    void emptySqlIsNotAnError() {
        SqlAnalysis analysis = analyzer.analyze("  -- nothing here\n", SqlDialect.of("postgres"), UpstreamColumns.NONE);

        assertTrue(analysis.syntaxError().isEmpty());
        assertEquals("the model has no SQL", Analyzers.unknownReason(analysis));
    }
}
