package dev.modelsense.sandbox;

/** Carries a {@link SandboxError} out of the warehouse code; its message is already free of credentials. */
public final class SandboxException extends RuntimeException {

    private final transient SandboxError error;
    private final int statementLine;

    public SandboxException(SandboxError error) {
        this(error, -1);
    }

    /** {@code statementLine}: the 0-based line of the failing statement the warehouse pointed at, -1 if unknown. */
    public SandboxException(SandboxError error, int statementLine) {
        super(error.describe(), null, false, false);
        this.error = error;
        this.statementLine = statementLine;
    }

    public int statementLine() {
        return statementLine;
    }

    public SandboxException(SandboxError.Kind kind, String message) {
        this(SandboxError.of(kind, message));
    }

    public SandboxError error() {
        return error;
    }
}
