package dev.modelsense.compile;

import java.util.List;

/**
 * Puts ephemeral models into a compiled query as {@code __dbt__cte__<name>} CTEs, byte for byte as dbt-core's
 * {@code inject_ctes_into_sql} does with sqlparse. sqlparse's {@code insert_after} skips whitespace, so with a
 * top-level {@code WITH} (or {@code WITH RECURSIVE}) the CTEs and {@code ", "} land right before the next
 * non-whitespace token; without one, {@code with<ctes> } goes before the first token.
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
        int insertAt = afterTopLevelWith(sql);
        if (insertAt < 0) {
            int first = firstTokenStart(sql);
            return sql.substring(0, first) + "with" + joined + " " + sql.substring(first);
        }
        return sql.substring(0, insertAt) + joined + ", " + sql.substring(insertAt);
    }

    /**
     * Where the CTEs go when the query has a top-level {@code WITH}: the start of the first non-whitespace token after
     * it (after {@code RECURSIVE} when present), or the end of the text; -1 without a top-level {@code WITH}.
     * Like dbt's loop over sqlparse's top-level tokens: parenthesised groups, strings and comments are skipped.
     */
    static int afterTopLevelWith(String sql) {
        SqlScanner scanner = new SqlScanner(sql);
        boolean seenWith = false;
        boolean seenRecursive = false;
        for (SqlScanner.Token token = scanner.next(); token != null; token = scanner.next()) {
            if (!seenWith) {
                seenWith = token.isWord("with") && token.depth() == 0;
            } else if (token.kind() != SqlScanner.Kind.WHITESPACE) {
                if (!seenRecursive && token.isWord("recursive")) {
                    seenRecursive = true;
                    continue;
                }
                return token.start();
            }
        }
        return seenWith ? sql.length() : -1;
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
