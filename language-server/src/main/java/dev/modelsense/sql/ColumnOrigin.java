package dev.modelsense.sql;

/**
 * An upstream column an output column (or the statement's filters and joins) derives from: the relation exactly as
 * written in the SQL (e.g. {@code "db"."s"."t"}), the column name without quotes, and how it derives.
 */
public record ColumnOrigin(String relation, String column, LineageKind kind) {

    ColumnOrigin as(LineageKind newKind) {
        return newKind == kind ? this : new ColumnOrigin(relation, column, newKind);
    }

    String key() {
        return relation + "\u0000" + column.toLowerCase(java.util.Locale.ROOT);
    }
}
