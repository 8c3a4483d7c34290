package dev.modelsense.jinja;

/** Which parts of a relation name are printed (dbt's {@code Policy} for inclusion). */
public record IncludePolicy(boolean database, boolean schema, boolean identifier) {

    public static final IncludePolicy ALL = new IncludePolicy(true, true, true);
}
