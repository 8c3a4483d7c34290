package dev.modelsense.compile;

import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.jinja.ProjectScope;
import dev.modelsense.project.LoadedProject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every render of one compile run shares: the project, the Jinja scope, the target as Jinja sees it, the
 * environment variables, and (after the parse phase) the index that ref() and source() resolve against.
 */
final class RunContext {

    final LoadedProject project;
    final JinjaEngine engine;
    final ProjectScope scope;
    final RelationFactory relations;
    final Map<String, Object> target;
    final Map<String, String> env;
    final MetadataCache metadata;
    final UndefinedNames undefinedNames;
    private final Map<String, Map<String, Object>> varsByPackage = new ConcurrentHashMap<>();
    volatile NodeIndex index;
    volatile Map<String, Object> graph = Map.of();

    RunContext(LoadedProject project, JinjaEngine engine, ProjectScope scope, RelationFactory relations,
               Map<String, Object> target, Map<String, String> env, MetadataCache metadata) {
        this.project = project;
        this.engine = engine;
        this.scope = scope;
        this.relations = relations;
        this.target = target;
        this.env = env;
        this.metadata = metadata;
        this.undefinedNames = new UndefinedNames(scope.macros());
    }

    /** The same context over a project whose file texts changed (configs, vars and macros did not). */
    RunContext withProject(LoadedProject changed) {
        RunContext copy = new RunContext(changed, engine, scope, relations, target, env, metadata);
        copy.index = index;
        copy.graph = graph;
        return copy;
    }

    Map<String, Object> varsFor(String packageName) {
        return varsByPackage.computeIfAbsent(packageName, project::varsFor);
    }
}
