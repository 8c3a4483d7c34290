package dev.modelsense.cli;

import dev.modelsense.compile.CompiledNode;
import dev.modelsense.compile.ProjectSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code modelsense compile}: writes every selected node's compiled SQL under the target path, like dbt. */
@Command(name = "compile", mixinStandardHelpOptions = true, description = "Compile models to target/compiled/<project>/<path>.sql, as dbt does.")
final class CompileCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions options = new ProjectOptions();

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Engine.Compiled result = Engine.compileSelected(options);
        ProjectSnapshot snapshot = result.snapshot();
        Set<String> selected = result.selected();
        CompiledOutput output = new CompiledOutput(snapshot);
        int written = 0;
        int failed = 0;
        for (CompiledNode node : snapshot.compiled().values()) {
            if (!selected.contains(node.node().uniqueId())) {
                continue;
            }
            if (node.failed()) {
                failed++;
            } else if (node.node().spec().kind() != dev.modelsense.graph.NodeKind.SNAPSHOT) {
                // dbt compiles snapshots but never writes them under target/compiled
                output.write(node);
                written++;
            } else {
                written++;
            }
        }
        Reports.printProblems(snapshot, selected, System.err);
        long projectErrors = Reports.projectErrorCount(snapshot);
        out.printf("Compiled %d node(s), %d failed, %d project error(s) in %d ms -> %s%n", written, failed,
                projectErrors, snapshot.timings().totalNanos() / 1_000_000, output.compiledRoot());
        return failed > 0 || projectErrors > 0 ? 1 : 0;
    }
}
