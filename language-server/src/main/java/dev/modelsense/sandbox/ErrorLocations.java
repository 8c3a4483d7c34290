package dev.modelsense.sandbox;

import dev.modelsense.compile.CompiledNode;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.text.SourceMap;

/**
 * Points a warehouse error at the model's file and line: the failing statement's line, less the one-line DDL
 * prefix, is a line of the compiled SQL; when no ephemeral CTEs were injected the source map takes it back to the
 * template line the user wrote.
 */
final class ErrorLocations {

    /** {@code create ... as (} sits on its own line before the compiled SQL. */
    private static final int DDL_PREFIX_LINES = 1;

    private ErrorLocations() {
    }

    static SandboxError locate(SandboxException e, ParsedNode node, CompiledNode compiled) {
        SandboxError error = e.error();
        if (error.file() != null || error.kind() != SandboxError.Kind.SQL_ERROR) {
            return error;
        }
        int line = node.spec().bodyLine();
        int compiledLine = e.statementLine() - DDL_PREFIX_LINES;
        if (compiled != null && !compiled.failed() && compiledLine >= 0) {
            String sql = compiled.compiledSql();
            int offset = offsetOfLine(sql, compiledLine);
            if (offset >= 0 && sql.equals(compiled.renderedSql())) {
                int raw = SourceMap.align(node.spec().rawCode(), sql).toRaw(offset);
                line += lineOf(node.spec().rawCode(), raw);
            }
        }
        return new SandboxError(error.kind(), node.name() + ": " + error.message(), node.spec().file().path(), line);
    }

    private static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int i = 0; i < line; i++) {
            offset = text.indexOf('\n', offset);
            if (offset < 0) {
                return -1;
            }
            offset++;
        }
        return offset;
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
