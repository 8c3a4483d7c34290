package dev.modelsense.compile;

import dev.modelsense.jinja.JinjaProblem;
import dev.modelsense.jinja.MacroFrame;
import dev.modelsense.project.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a Jinja error into a problem on the node's file: when it happened inside a macro, the problem points at the
 * macro and lists the call chain down to the node's line as related locations.
 */
final class ProblemMapping {

    private ProblemMapping() {
    }

    static Problem toProblem(JinjaProblem error, NodeSpec spec, Severity severity) {
        Path nodeFile = spec.file().path();
        boolean inNodeFile = error.file() == null || error.file().equals(nodeFile.toString());
        Path file = inNodeFile ? nodeFile : Path.of(error.file());
        int line = Math.max(0, error.line()) + (inNodeFile ? spec.bodyLine() : 0);
        List<Problem.Related> related = new ArrayList<>();
        for (MacroFrame frame : error.stack()) {
            boolean frameInNode = frame.file() == null || frame.file().equals(nodeFile.toString());
            Path frameFile = frameInNode ? nodeFile : Path.of(frame.file());
            int frameLine = Math.max(0, frame.line()) + (frameInNode ? spec.bodyLine() : 0);
            related.add(new Problem.Related(frameFile, frameLine, 0, "in macro '" + frame.macroName() + "'"));
        }
        String message = error.message();
        if (!inNodeFile) {
            message = message + " (while compiling " + spec.uniqueId() + ")";
        }
        return new Problem(error.code(), severity, message, file, line, Math.max(0, error.column()), related);
    }
}
