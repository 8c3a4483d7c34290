package dev.modelsense.sql;

/**
 * A syntax error in the SQL that was analysed: {@code offset} indexes that string (UTF-16 units) so a caller can map it
 * back through the model's source map; {@code line} and {@code column} are 0-based and count a tab as one column.
 */
public record SyntaxError(int offset, int line, int column, String message) {
}
