package dev.modelsense.jinja;

/** Which parts of a relation name are quoted (dbt's {@code Policy} for quoting). */
public record QuotePolicy(boolean database, boolean schema, boolean identifier) {

    public static final QuotePolicy ALL = new QuotePolicy(true, true, true);
    public static final QuotePolicy NONE = new QuotePolicy(false, false, false);
}
