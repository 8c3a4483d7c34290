package dev.modelsense.sql;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Parses one compiled model with JSqlParser under a time budget and reports its syntax error and output columns.
 * Never throws and never blocks longer than the budget: absurd input is refused before parsing, a parse that runs out
 * of time is abandoned, and SQL that uses a construct the grammar lacks yields unknown columns rather than an error.
 * Thread-safe; every call builds its own parser.
 */
public final class SqlAnalyzer {

    /** Larger statements are not parsed: no hand-written model is this big, and parsing it would take seconds. */
    static final int MAX_CHARS = 1 << 20;
    /** Deeper nesting risks a stack overflow in the recursive-descent parser and exponential lookahead. */
    static final int MAX_NESTING = 200;

    /** Parses kept for the SQL checks and the column lineage, which analyse the same model one after the other. */
    static final int RECENT_PARSES = 64;

    private final Duration budgetPerStatement;
    private final BudgetedParser parser;
    private final java.util.Map<String, ParseOutcome> recentParses = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, ParseOutcome> eldest) {
            return size() > RECENT_PARSES;
        }
    };

    public SqlAnalyzer(Duration budgetPerStatement, ExecutorService parserThreads) {
        this.budgetPerStatement = Objects.requireNonNull(budgetPerStatement, "budgetPerStatement");
        this.parser = new BudgetedParser(Objects.requireNonNull(parserThreads, "parserThreads"));
    }

    public SqlAnalysis analyze(String sql, SqlDialect dialect, UpstreamColumns upstream) {
        try {
            return analyzeChecked(sql, dialect, upstream == null ? UpstreamColumns.NONE : upstream);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in a walk over an unusual tree must not reach the editor; the SQL simply goes unanalysed.
            return SqlAnalysis.unknown("the SQL could not be analysed: " + e);
        }
    }

    private SqlAnalysis analyzeChecked(String sql, SqlDialect dialect, UpstreamColumns upstream) {
        if (sql.length() > MAX_CHARS) {
            return SqlAnalysis.unknown("the SQL is larger than " + (MAX_CHARS >> 20) + " MB");
        }
        List<SqlTokens.Token> tokens = SqlTokens.of(sql, dialect);
        if (tokens.isEmpty()) {
            return SqlAnalysis.unknown("the model has no SQL");
        }
        int nesting = SqlTokens.nestingDepth(tokens);
        if (nesting > MAX_NESTING) {
            return SqlAnalysis.unknown("the SQL nests " + nesting + " levels deep (more than " + MAX_NESTING + ")");
        }
        Optional<String> misread = UnsupportedConstructs.misread(tokens, dialect);
        if (misread.isPresent()) {
            return SqlAnalysis.unknown(misread.get());
        }
        KeywordShield shield = KeywordShield.of(sql, tokens, dialect);
        ParseOutcome outcome = parse(shield.parseable(), dialect);
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            UpstreamColumns unshielded = relation -> upstream.columnsOf(shield.restore(relation));
            OutputColumnResolver resolver = new OutputColumnResolver(shield.parseable(), dialect, unshielded);
            Columns columns = resolver.resolve(parsed.statement());
            return new SqlAnalysis(Optional.empty(), restored(columns, shield), false,
                    resolver.conditions().stream().map(origin -> restored(origin, shield)).toList(),
                    resolver.uses().stream().map(use -> new ColumnUse(shield.restore(use.relation()),
                            shield.restore(use.column()), use.offset(), use.length())).toList());
        }
        if (outcome instanceof ParseOutcome.Rejected rejected) {
            return rejected(rejected.restoredBy(shield), shield.parseable(), sql, tokens);
        }
        if (outcome instanceof ParseOutcome.OutOfTime) {
            String why = "parsing took longer than " + budgetPerStatement.toMillis() + " ms";
            return new SqlAnalysis(Optional.empty(), new Columns.Unknown(why), true);
        }
        return SqlAnalysis.unknown(((ParseOutcome.Broken) outcome).why());
    }

    /**
     * A parse of this text, reused while recent: the tree is only read afterwards. Only finished parses are kept (a
     * parse out of time may succeed when the machine is less busy).
     */
    private ParseOutcome parse(String parseable, SqlDialect dialect) {
        String key = dialect.adapterType() + '\u0000' + parseable;
        synchronized (recentParses) {
            ParseOutcome known = recentParses.get(key);
            if (known != null) {
                return known;
            }
        }
        ParseOutcome outcome = parser.parse(parseable, dialect, budgetPerStatement);
        if (outcome instanceof ParseOutcome.Parsed || outcome instanceof ParseOutcome.Rejected) {
            synchronized (recentParses) {
                recentParses.put(key, outcome);
            }
        }
        return outcome;
    }

    private static Columns restored(Columns columns, KeywordShield shield) {
        if (columns instanceof Columns.Known known) {
            return new Columns.Known(known.columns().stream()
                    .map(column -> new OutputColumn(shield.restore(column.name()), column.quoted(), column.offset(),
                            column.length(), column.origins().stream().map(o -> restored(o, shield)).toList(),
                            column.type().withRelations(shield::restore)))
                    .toList());
        }
        return new Columns.Unknown(shield.restore(((Columns.Unknown) columns).why()));
    }

    private static ColumnOrigin restored(ColumnOrigin origin, KeywordShield shield) {
        return new ColumnOrigin(shield.restore(origin.relation()), shield.restore(origin.column()), origin.kind());
    }

    private static SqlAnalysis rejected(ParseOutcome.Rejected rejected, String parsed, String sql,
                                        List<SqlTokens.Token> tokens) {
        Optional<String> unsupported = UnsupportedConstructs.find(tokens);
        if (unsupported.isPresent()) {
            return SqlAnalysis.unknown("the SQL parser does not support " + unsupported.get());
        }
        SyntaxError error = SyntaxErrors.of(rejected, parsed, sql, tokens);
        return new SqlAnalysis(Optional.of(error), new Columns.Unknown(error.message()), false);
    }
}
