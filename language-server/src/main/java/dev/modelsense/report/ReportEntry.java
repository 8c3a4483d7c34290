package dev.modelsense.report;

import dev.modelsense.project.Severity;

import java.util.List;

/**
 * One finding as reports print it: {@code file} relative to the project root with {@code /} separators (null for
 * findings without a file), {@code line} and {@code column} 1-based (0 when unknown), {@code model} the model's name
 * and {@code nodeId} its unique id (both null for project-wide findings), {@code fixes} the titles of the fixes.
 */
public record ReportEntry(String code, Severity severity, String message, String file, int line, int column,
                          String model, String nodeId, List<String> fixes) {

    public ReportEntry {
        fixes = List.copyOf(fixes);
    }

    /** {@code path:line:col: severity[code]: message}, as compilers print it. */
    public String formatted() {
        String where = file == null ? "" : file + (line > 0 ? ":" + line + ":" + Math.max(1, column) : "") + ": ";
        return where + severity.name().toLowerCase() + "[" + code + "]: " + message;
    }
}
