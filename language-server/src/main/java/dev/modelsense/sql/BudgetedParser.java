package dev.modelsense.sql;

import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.parser.TokenMgrException;
import net.sf.jsqlparser.statement.Statement;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs JSqlParser on a worker thread under a deadline. Like {@code CCJSqlParserUtil.parse} it tries the fast grammar
 * first and the "complex parsing" grammar (needed for named arguments, some function forms) only when that fails;
 * unlike it, the second attempt also runs for deeply nested SQL, since the deadline bounds it, and a deep statement
 * that only the complex grammar accepts must not be reported as an error.
 */
final class BudgetedParser {

    static final String SECOND_STATEMENT = "a second statement";
    private static final Pattern LEXICAL_POSITION = Pattern.compile("line (\\d+), column (\\d+)");

    private final ExecutorService threads;

    /** Raises the interrupted flag of a fast-grammar parse that outlives its budget. */
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "sql-parse-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    BudgetedParser(ExecutorService threads) {
        this.threads = threads;
    }

    ParseOutcome parse(String sql, SqlDialect dialect, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        ParseOutcome simple = attemptHere(sql, dialect, deadline);
        if (!(simple instanceof ParseOutcome.Rejected first)) {
            return simple;
        }
        ParseOutcome complex = attempt(sql, dialect, true, deadline);
        if (complex instanceof ParseOutcome.Rejected second) {
            return further(first, second);
        }
        return complex;
    }

    /**
     * The fast grammar on the calling thread: it has none of the complex grammar's exponential lookahead, so a
     * watchdog raising the parser's interrupted flag bounds it, and no thread hand-off slows every statement down
     * (the hand-off kept parallel checks from using both cores).
     */
    private ParseOutcome attemptHere(String sql, SqlDialect dialect, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return new ParseOutcome.OutOfTime();
        }
        CCJSqlParser parser = parser(sql, dialect, false);
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            parser.interrupted = true;
        }, remaining, TimeUnit.NANOSECONDS);
        try {
            Statement statement = parser.Statement();
            return afterStatement(parser).orElse(new ParseOutcome.Parsed(statement));
        } catch (ParseException | RuntimeException | StackOverflowError e) {
            return parser.interrupted ? new ParseOutcome.OutOfTime() : rejection(e);
        } finally {
            watchdog.cancel(false);
        }
    }

    private static CCJSqlParser parser(String sql, SqlDialect dialect, boolean complex) {
        return CCJSqlParserUtil.newParser(sql)
                .withAllowComplexParsing(complex)
                .withSquareBracketQuotation(dialect.squareBracketQuotes())
                .withBackslashEscapeCharacter(dialect.backslashEscapes());
    }

    /** Of two rejections, the one that got further into the text read more of it as valid SQL. */
    private static ParseOutcome.Rejected further(ParseOutcome.Rejected a, ParseOutcome.Rejected b) {
        boolean bFurther = b.line() > a.line() || (b.line() == a.line() && b.column() > a.column());
        return bFurther ? b : a;
    }

    private ParseOutcome attempt(String sql, SqlDialect dialect, boolean complex, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return new ParseOutcome.OutOfTime();
        }
        CCJSqlParser parser = parser(sql, dialect, complex)
                .withTimeOut(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining)));
        Future<Statement> running;
        try {
            running = threads.submit(parser::Statement);
        } catch (RejectedExecutionException e) {
            return new ParseOutcome.Broken("the SQL parser threads are not accepting work");
        }
        try {
            Statement statement = running.get(remaining, TimeUnit.NANOSECONDS);
            return afterStatement(parser).orElse(new ParseOutcome.Parsed(statement));
        } catch (TimeoutException e) {
            // JSqlParser polls this flag in its expression rules, so the worker stops soon after instead of
            // burning a thread on an exponential lookahead.
            parser.interrupted = true;
            running.cancel(true);
            return new ParseOutcome.OutOfTime();
        } catch (InterruptedException e) {
            parser.interrupted = true;
            running.cancel(true);
            Thread.currentThread().interrupt();
            return new ParseOutcome.Broken("the analysis was interrupted");
        } catch (CancellationException e) {
            return new ParseOutcome.Broken("the parse was cancelled");
        } catch (ExecutionException e) {
            return rejection(e.getCause());
        }
    }

    /** {@code Statement()} stops after one statement and its semicolon; anything after that is a second statement,
     *  which a model cannot hold (dbt wraps the SQL in a single CREATE ... AS). */
    private static Optional<ParseOutcome> afterStatement(CCJSqlParser parser) {
        Token next = parser.getNextToken();
        if (next.kind == CCJSqlParserConstants.ST_SEMICOLON) {
            next = parser.getNextToken();
        }
        if (next.kind == CCJSqlParserConstants.EOF) {
            return Optional.empty();
        }
        return Optional.of(new ParseOutcome.Rejected(next.beginLine, next.beginColumn, next.image, false,
                SECOND_STATEMENT));
    }

    private static ParseOutcome rejection(Throwable cause) {
        if (cause instanceof ParseException parse) {
            Token offending = parse.currentToken == null ? null : parse.currentToken.next;
            if (offending == null) {
                return new ParseOutcome.Broken("the SQL parser failed without a position: " + firstLine(parse.getMessage()));
            }
            boolean atEnd = offending.kind == 0;
            Token where = atEnd ? parse.currentToken : offending;
            int line = atEnd ? where.endLine : where.beginLine;
            int column = atEnd ? where.endColumn + 1 : where.beginColumn;
            return new ParseOutcome.Rejected(line, column, offending.image, atEnd, firstLine(parse.getMessage()));
        }
        if (cause instanceof TokenMgrException lexical) {
            Matcher position = LEXICAL_POSITION.matcher(String.valueOf(lexical.getMessage()));
            if (position.find()) {
                int line = Integer.parseInt(position.group(1));
                int column = Integer.parseInt(position.group(2));
                return new ParseOutcome.Rejected(line, column, null, false, firstLine(lexical.getMessage()));
            }
            return new ParseOutcome.Broken("the SQL tokenizer failed: " + firstLine(lexical.getMessage()));
        }
        if (cause instanceof StackOverflowError) {
            return new ParseOutcome.Broken("the statement is nested too deeply for the SQL parser");
        }
        return new ParseOutcome.Broken("the SQL parser failed: " + cause);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }
}
