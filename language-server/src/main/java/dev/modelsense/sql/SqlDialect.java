package dev.modelsense.sql;

import java.util.Locale;
import java.util.Set;

/**
 * The SQL flavour of a dbt adapter, named by the adapter type of the target ({@code snowflake}, {@code bigquery} ...).
 * Only the lexical differences that change how a statement parses live here; the grammar itself is JSqlParser's.
 */
public record SqlDialect(String adapterType) {

    /** Adapters whose single-quoted strings treat a backslash as an escape ({@code 'it\'s'}). Postgres, DuckDB and
     *  Redshift follow the standard (a backslash is an ordinary character) unless the string is written {@code E'..'}. */
    private static final Set<String> BACKSLASH_ESCAPES = Set.of(
            "bigquery", "databricks", "spark", "snowflake", "mysql", "mariadb", "clickhouse", "athena", "trino", "hive");
    /** Adapters that quote identifiers with square brackets ({@code [order id]}) instead of reading them as arrays. */
    private static final Set<String> SQUARE_BRACKET_QUOTES = Set.of("sqlserver", "synapse", "fabric");

    public SqlDialect {
        adapterType = adapterType == null || adapterType.isBlank() ? "default" : adapterType.trim().toLowerCase(Locale.ROOT);
    }

    public static SqlDialect of(String adapterType) {
        return new SqlDialect(adapterType);
    }

    boolean backslashEscapes() {
        return BACKSLASH_ESCAPES.contains(adapterType);
    }

    /** Snowflake also starts a comment with {@code //} (as JSqlParser always does). */
    boolean slashSlashComments() {
        return adapterType.equals("snowflake");
    }

    /** DuckDB's {@code //} is integer division, which JSqlParser would silently read as a comment. */
    boolean slashSlashDivides() {
        return adapterType.equals("duckdb");
    }

    boolean squareBracketQuotes() {
        return SQUARE_BRACKET_QUOTES.contains(adapterType);
    }
}
