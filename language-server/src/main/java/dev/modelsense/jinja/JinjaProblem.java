package dev.modelsense.jinja;

import java.util.List;

/**
 * A render error or warning. {@code line}/{@code column} are 0-based in {@code file}: the macro's file when the error is
 * inside a macro, with {@code stack} leading from the innermost macro back to the node's own line.
 */
public record JinjaProblem(String code, String message, String file, int line, int column, List<MacroFrame> stack) {
    public JinjaProblem {
        stack = List.copyOf(stack);
    }
}
