package dev.modelsense.jinja;

/**
 * A file whose top-level dbt blocks cannot be split: an unclosed block, a block inside control flow, a stray
 * {@code endif}/{@code endfor}, an unterminated tag, string or comment. The message reads like dbt's; the position
 * (0-based line and UTF-16 column) is where the offending construct starts, so it can become a diagnostic.
 */
public final class BlockSyntaxException extends RuntimeException {

    private final int line;
    private final int column;

    public BlockSyntaxException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
