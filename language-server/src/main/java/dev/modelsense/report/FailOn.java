package dev.modelsense.report;

import dev.modelsense.project.Severity;

/** The least severe finding that fails a check run: {@code --fail-on warning|error|never}. */
public enum FailOn {
    WARNING, ERROR, NEVER;

    public boolean fails(Severity severity) {
        return switch (this) {
            case WARNING -> severity == Severity.ERROR || severity == Severity.WARNING;
            case ERROR -> severity == Severity.ERROR;
            case NEVER -> false;
        };
    }

    public boolean fails(CheckReport report) {
        return report.entries().stream().anyMatch(entry -> fails(entry.severity()));
    }
}
