package dev.modelsense.compile;

import java.util.List;

/**
 * Puts ephemeral models into a compiled query as {@code __dbt__cte__<name>} CTEs, byte for byte as dbt-core's
 * {@code inject_ctes_into_sql} does with sqlparse: after the query's top-level {@code WITH} (or {@code RECURSIVE})
 * followed by {@code ", "}; or, when there is none, as {@code with <ctes> } before the first token.
 */
public final class CteInjector {

    private CteInjector() {
    }

    /** One injected CTE: {@code sql} is {@code " __dbt__cte__x as (\n...\n)"} (dbt's format, leading space kept). */
    public record InjectedCte(String uniqueId, String sql) {
        public static InjectedCte of(String uniqueId, String cteName, String compiledSql) {
            return new InjectedCte(uniqueId, " " + cteName + " as (\n" + compiledSql + "\n)");
        }
    }

    public static String inject(String sql, List<InjectedCte> ctes) {
        if (ctes.isEmpty()) {
            return sql;
        }
        StringBuilder joined = new StringBuilder();
        for (InjectedCte cte : ctes) {
            if (joined.length() > 0) {
                joined.append(", ");
            }
            joined.append(cte.sql());
        }
        int withEnd = topLevelWithEnd(sql);
        if (withEnd < 0) {
            int first = firstTokenStart(sql);
            return sql.substring(0, first) + "with" + joined + " " + sql.substring(first);
        }
        return sql.substring(0, withEnd) + joined + ", " + sql.substring(withEnd);
    }

    /**
     * End offset of the top-level {@code WITH} keyword (or of a {@code RECURSIVE} right after it), or -1.
     * Like dbt's loop over sqlparse's top-level tokens: parenthesised groups, strings and comments are skipped.
     */
    static int topLevelWithEnd(String sql) {
        SqlScanner scanner = new SqlScanner(sql);
        int withEnd = -1;
        for (SqlScanner.Token token = scanner.next(); token != null; token = scanner.next()) {
            if (withEnd < 0) {
                if (token.isWord("with") && token.depth() == 0) {
                    withEnd = token.end();
                }
            } else if (token.kind() != SqlScanner.Kind.WHITESPACE) {
                return token.isWord("recursive") ? token.end() : withEnd;
            }
        }
        return withEnd;
    }

    /** sqlparse's {@code token_first()}: the first token that is not whitespace (comments count as tokens). */
    static int firstTokenStart(String sql) {
        SqlScanner scanner = new SqlScanner(sql);
        for (SqlScanner.Token token = scanner.next(); token != null; token = scanner.next()) {
            if (token.kind() != SqlScanner.Kind.WHITESPACE) {
                return token.start();
            }
        }
        return sql.length();
    }
}
