package dev.modelsense.sandbox;

import java.util.List;

/**
 * The first rows of a model's result, typed: each column's name, JDBC type ({@link java.sql.Types}) and the
 * warehouse's type name; values are Java values (Long, Double, BigDecimal, Boolean, String, LocalDate,
 * LocalDateTime, ...) or null. {@code truncated} says more rows exist.
 */
public record Preview(String relation, List<Column> columns, List<List<Object>> rows, boolean truncated) {

    public record Column(String name, int jdbcType, String typeName) {
    }

    /** A value as text-based clients can carry it: numbers, booleans and strings as they are, dates and the rest as text. */
    public static Object plain(Object value) {
        return value == null || value instanceof Number || value instanceof Boolean || value instanceof String
                ? value : String.valueOf(value);
    }
}
