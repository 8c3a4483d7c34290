package dev.modelsense.sql;

/**
 * A column the statement produces. {@code name} is as written (quotes removed, {@code quoted} set when it was quoted);
 * {@code offset} and {@code length} cover the select item that produces it, which for an expanded {@code *} is the star.
 */
public record OutputColumn(String name, boolean quoted, int offset, int length) {
}
