package dev.modelsense.jinja;

import java.util.List;
import java.util.Locale;

/**
 * How one adapter writes relation names: its quote character and default quoting/inclusion policies, and the
 * adapters it inherits macros from (dispatch tries {@code type}, then {@code parentAdapters}, then {@code default}).
 */
public record AdapterDialect(String type, String quoteChar, QuotePolicy defaultQuotePolicy,
                             IncludePolicy defaultIncludePolicy, List<String> parentAdapters) {

    public static AdapterDialect of(String adapterType) {
        String type = adapterType == null ? "default" : adapterType.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "postgres", "duckdb" -> new AdapterDialect(type, "\"", QuotePolicy.ALL, IncludePolicy.ALL, List.of());
            case "redshift" -> new AdapterDialect(type, "\"", QuotePolicy.ALL, IncludePolicy.ALL, List.of("postgres"));
            case "snowflake" -> new AdapterDialect(type, "\"", QuotePolicy.NONE, IncludePolicy.ALL, List.of());
            case "bigquery" -> new AdapterDialect(type, "`", QuotePolicy.ALL, IncludePolicy.ALL, List.of());
            case "databricks" -> new AdapterDialect(type, "`", QuotePolicy.NONE, IncludePolicy.ALL, List.of("spark"));
            case "spark" -> new AdapterDialect(type, "`", QuotePolicy.NONE,
                    new IncludePolicy(false, true, true), List.of());
            case "trino" -> new AdapterDialect(type, "\"", QuotePolicy.NONE, IncludePolicy.ALL, List.of());
            case "clickhouse" -> new AdapterDialect(type, "`", QuotePolicy.ALL,
                    new IncludePolicy(false, true, true), List.of());
            default -> new AdapterDialect(type, "\"", QuotePolicy.ALL, IncludePolicy.ALL, List.of());
        };
    }

    /** {@code adapter.quote(identifier)}. */
    public String quote(String identifier) {
        return quoteChar + identifier + quoteChar;
    }
}
