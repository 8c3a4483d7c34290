package dev.modelsense.jinja;

/** dbt's {@code CompilationError}: thrown by environment callbacks (e.g. an unknown ref) and by Jinja code. */
public class DbtCompilationException extends RuntimeException {
    public DbtCompilationException(String message) {
        super(message);
    }
}
