package dev.modelsense.graph;

/** A {@code --select}/{@code --exclude} value that dbt would reject, or that needs run artifacts we don't have. */
public final class SelectorSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SelectorSyntaxException(String message) {
        super(message);
    }
}
