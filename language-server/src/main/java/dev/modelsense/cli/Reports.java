package dev.modelsense.cli;

import dev.modelsense.compile.CompiledNode;
import dev.modelsense.compile.Problem;
import dev.modelsense.compile.ProjectSnapshot;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/** Human-readable problem output for the CLI, with paths relative to the project. */
final class Reports {

    private Reports() {
    }

    static void printProblems(ProjectSnapshot snapshot, Set<String> selected, PrintStream err) {
        Path root = snapshot.project().root().root();
        for (Problem problem : snapshot.problems()) {
            err.println(problem.format(root));
        }
        for (CompiledNode node : snapshot.compiled().values()) {
            if (selected.contains(node.node().uniqueId())) {
                for (Problem problem : node.problems()) {
                    err.println(problem.format(root));
                    problem.related().forEach(r -> err.println("    at " + relative(root, r.file()) + ":"
                            + (r.line() + 1) + " " + r.message()));
                }
            }
        }
    }

    static long projectErrorCount(ProjectSnapshot snapshot) {
        return snapshot.problems().stream().filter(Problem::isError).count();
    }

    private static String relative(Path root, Path file) {
        try {
            return root.relativize(file).toString();
        } catch (IllegalArgumentException e) {
            return String.valueOf(file);
        }
    }
}
