package dev.modelsense.jinja;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How one adapter writes relation names: its quote character and default quoting/inclusion policies, and the
 * adapters it inherits macros from (dispatch tries {@code type}, then {@code parentAdapters}, then {@code default}).
 */
public record AdapterDialect(String type, String quoteChar, QuotePolicy defaultQuotePolicy,
                             IncludePolicy defaultIncludePolicy, List<String> parentAdapters) {

    private static final IncludePolicy SCHEMA_AND_IDENTIFIER = new IncludePolicy(false, true, true);

    public static AdapterDialect of(String adapterType) {
        String type = adapterType == null ? "default" : adapterType.toLowerCase(Locale.ROOT);
        // Relation defaults per adapter's Relation class; parents per its AdapterPlugin(dependencies=[...]).
        return switch (type) {
            case "postgres", "duckdb" -> new AdapterDialect(type, "\"", QuotePolicy.ALL, IncludePolicy.ALL, List.of());
            case "redshift" -> new AdapterDialect(type, "\"", QuotePolicy.ALL, IncludePolicy.ALL, List.of("postgres"));
            case "snowflake", "trino" -> new AdapterDialect(type, "\"", QuotePolicy.NONE, IncludePolicy.ALL, List.of());
            case "bigquery" -> new AdapterDialect(type, "`", QuotePolicy.ALL, IncludePolicy.ALL, List.of());
            // DatabricksRelation quotes every part, unlike the SparkRelation it inherits macros from.
            case "databricks" -> new AdapterDialect(type, "`", QuotePolicy.ALL, IncludePolicy.ALL, List.of("spark"));
            // Spark and ClickHouse have a two-level namespace: the database part is never printed.
            case "spark" -> new AdapterDialect(type, "`", QuotePolicy.NONE, SCHEMA_AND_IDENTIFIER, List.of());
            case "clickhouse" -> new AdapterDialect(type, "`", QuotePolicy.ALL, SCHEMA_AND_IDENTIFIER, List.of());
            default -> new AdapterDialect(type, "\"", QuotePolicy.ALL, IncludePolicy.ALL, List.of());
        };
    }

    /** The adapter types in dispatch order: this adapter, its parents, then {@code default}. */
    public List<String> dispatchOrder() {
        List<String> order = new ArrayList<>();
        order.add(type);
        order.addAll(parentAdapters);
        if (!type.equals("default")) {
            order.add("default");
        }
        return List.copyOf(order);
    }

    /** {@code adapter.quote(identifier)}. */
    public String quote(String identifier) {
        return quoteChar + identifier + quoteChar;
    }

    /**
     * dbt's {@code api.Column.translate_type}: the adapter Column class's {@code TYPE_LABELS} lookup by upper-cased
     * label, else the label unchanged (base Column maps only STRING to TEXT; Spark and Databricks map nothing).
     */
    public String translateType(String label) {
        String key = label.toUpperCase(java.util.Locale.ROOT);
        java.util.Map<String, String> labels = switch (type) {
            case "bigquery" -> java.util.Map.of("TEXT", "STRING", "FLOAT", "FLOAT64", "INTEGER", "INT64");
            case "trino" -> java.util.Map.of("STRING", "VARCHAR", "TIMESTAMP", "TIMESTAMP", "FLOAT", "DOUBLE",
                    "INTEGER", "INT");
            case "spark", "databricks" -> java.util.Map.of();
            default -> java.util.Map.of("STRING", "TEXT");
        };
        return labels.getOrDefault(key, label);
    }
}
