package dev.modelsense.sql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSqlParser reserves a few words that warehouses let users write as plain names, above all {@code final}, the CTE
 * name of nearly every dbt model. The shield swaps the first letter of those words for a marker letter before parsing
 * (same length, so every offset stays valid) and restores them in whatever the analysis reports.
 */
final class KeywordShield {

    /** A letter JSqlParser accepts in identifiers and no real model uses. */
    static final char MARKER = 'ǝ';

    /** Word -> adapters where it is a real keyword and must reach the parser untouched. */
    private static final Map<String, Set<String>> SHIELDED = Map.of(
            "final", Set.of("clickhouse"),
            "output", Set.of("sqlserver", "synapse", "fabric"),
            "sample", Set.of("snowflake", "duckdb", "clickhouse"),
            "start", Set.of("snowflake"),
            "prior", Set.of("snowflake"));

    private final String parseable;
    private final Map<String, String> originals;

    private KeywordShield(String parseable, Map<String, String> originals) {
        this.parseable = parseable;
        this.originals = originals;
    }

    static KeywordShield of(String sql, List<SqlTokens.Token> tokens, SqlDialect dialect) {
        if (sql.indexOf(MARKER) >= 0) {
            return new KeywordShield(withoutBlankLineSeparators(sql), Map.of());
        }
        StringBuilder text = null;
        Map<String, String> originals = new HashMap<>();
        for (SqlTokens.Token token : tokens) {
            Set<String> exempt = token.kind() == SqlTokens.Kind.WORD ? SHIELDED.get(token.lower()) : null;
            if (exempt == null || exempt.contains(dialect.adapterType())) {
                continue;
            }
            if (text == null) {
                text = new StringBuilder(sql);
            }
            String original = sql.substring(token.offset(), token.offset() + token.lower().length());
            String shielded = MARKER + original.substring(1);
            text.replace(token.offset(), token.offset() + original.length(), shielded);
            originals.put(shielded, original);
        }
        return new KeywordShield(withoutBlankLineSeparators(text == null ? sql : text.toString()),
                Map.copyOf(originals));
    }

    /**
     * JSqlParser ends a statement at two blank lines in a row, which dbt templates produce all the time
     * ({@code {{ config(..) }}} and blank lines above the query); see {@link BlankLines}. Same length, so offsets
     * hold, but fewer lines, so positions the parser reports are read against this text.
     */
    static String withoutBlankLineSeparators(String sql) {
        return BlankLines.fold(sql);
    }

    /** The SQL to hand to the parser: same length as the original, so an offset means the same in both. */
    String parseable() {
        return parseable;
    }

    /** Puts the original words back into a name, relation or message produced from the shielded SQL. */
    String restore(String text) {
        if (originals.isEmpty() || text == null || text.indexOf(MARKER) < 0) {
            return text;
        }
        String restored = text;
        for (Map.Entry<String, String> entry : originals.entrySet()) {
            restored = restored.replace(entry.getKey(), entry.getValue());
        }
        return restored;
    }
}
