package dev.modelsense.cli;

import dev.modelsense.compile.ProjectCompiler;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.graph.SelectorSyntaxException;
import dev.modelsense.graph.Selector;
import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.jinja.RenderLimits;
import dev.modelsense.project.DiskFileSource;

import java.util.Set;

/** Runs the engine for a CLI command: compile the project and apply the node selection. */
final class Engine {

    record Compiled(ProjectSnapshot snapshot, Set<String> selected) {
    }

    private Engine() {
    }

    static ProjectCompiler compiler() {
        return new ProjectCompiler(new JinjaEngine(RenderLimits.defaults()), new DiskFileSource());
    }

    static Compiled compileSelected(ProjectOptions options) {
        ProjectSnapshot snapshot = compiler().compile(options.request());
        Set<String> selected;
        try {
            selected = Selector.parse(options.select, options.exclude).apply(snapshot.graph());
        } catch (SelectorSyntaxException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new Main()),
                    "Invalid selector: " + e.getMessage());
        }
        return new Compiled(snapshot, selected);
    }
}
