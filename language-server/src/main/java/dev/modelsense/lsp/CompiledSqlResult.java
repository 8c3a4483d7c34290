package dev.modelsense.lsp;

import org.eclipse.lsp4j.Diagnostic;

import java.util.List;

/**
 * A model's compiled SQL as of the latest snapshot.
 *
 * @param sql       the compiled SQL, ephemeral CTEs injected; empty when the model failed to compile
 * @param status    {@code upToDate}; {@code stale} when the editor buffer changed after the snapshot was taken;
 *                  {@code failed} when the model did not compile
 * @param problems  the model's problems, as diagnostics of the model file
 * @param sourceMap spans of the compiled SQL and the template text they came from; raw offsets are offsets into
 *                  the model file, compiled offsets into {@code sql}
 */
public record CompiledSqlResult(String sql, String status, List<Diagnostic> problems, List<Segment> sourceMap) {

    public static final String UP_TO_DATE = "upToDate";
    public static final String STALE = "stale";
    public static final String FAILED = "failed";

    /** {@code verbatim}: the compiled text equals the raw text (outside any Jinja tag). */
    public record Segment(int rawStart, int rawEnd, int compiledStart, int compiledEnd, boolean verbatim) {
    }
}
