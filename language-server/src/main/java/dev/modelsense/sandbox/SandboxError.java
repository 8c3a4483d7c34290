package dev.modelsense.sandbox;

import java.nio.file.Path;

/**
 * What went wrong, as the user should read it: a kind, a message free of credentials, and where in the model file
 * the problem is when it is known ({@code file} null otherwise; {@code line} 0-based).
 */
public record SandboxError(Kind kind, String message, Path file, int line) {

    public enum Kind {
        CONNECTION_REFUSED, MISSING_DRIVER, AUTHENTICATION, SQL_ERROR, TIMEOUT, CANCELLED, UNSAFE_STATEMENT,
        UNSUPPORTED, NAMING, COMPILE, INVALID_REQUEST
    }

    public static SandboxError of(Kind kind, String message) {
        return new SandboxError(kind, message, null, -1);
    }

    /** {@code file:line: message} (1-based line) when the location is known. */
    public String describe() {
        return file == null ? message : file + ":" + (line + 1) + ": " + message;
    }
}
