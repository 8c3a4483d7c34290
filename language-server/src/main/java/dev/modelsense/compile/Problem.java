package dev.modelsense.compile;

import dev.modelsense.project.Severity;

import java.nio.file.Path;
import java.util.List;

/**
 * Something wrong in the user's project, with a stable code and a real position (0-based line and column).
 * {@code related} points at the call site when the error happened inside a macro, and at the other members of a loop.
 */
public record Problem(String code, Severity severity, String message, Path file, int line, int column,
                      List<Related> related) {

    public record Related(Path file, int line, int column, String message) {
    }

    public static Problem error(String code, String message, Path file, int line, int column) {
        return new Problem(code, Severity.ERROR, message, file, line, column, List.of());
    }

    public static Problem warning(String code, String message, Path file, int line, int column) {
        return new Problem(code, Severity.WARNING, message, file, line, column, List.of());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:column: error[code]: message}, 1-based as editors and compilers print it. */
    public String format(Path relativeTo) {
        String where = file == null ? "" : (relativeTo == null ? file : relativize(relativeTo)) + ":" + (line + 1) + ":"
                + (column + 1) + ": ";
        return where + severity.name().toLowerCase() + "[" + code + "]: " + message;
    }

    private String relativize(Path base) {
        try {
            return base.relativize(file).toString();
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }
}
