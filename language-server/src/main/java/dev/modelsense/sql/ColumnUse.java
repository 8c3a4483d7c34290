package dev.modelsense.sql;

/**
 * A column reference that reads an upstream relation directly, where it is written: {@code offset} and {@code length}
 * cover the reference in the compiled SQL. Impact checks point here when the upstream stops producing the column.
 */
public record ColumnUse(String relation, String column, int offset, int length) {
}
