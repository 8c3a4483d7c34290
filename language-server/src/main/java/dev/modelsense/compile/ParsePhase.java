package dev.modelsense.compile;

import dev.modelsense.graph.NodeKind;
import dev.modelsense.jinja.JinjaProblem;
import dev.modelsense.jinja.MacroRegistry;
import dev.modelsense.jinja.StaticCalls;
import dev.modelsense.jinja.RenderResult;
import dev.modelsense.project.LoadedProject;
import dev.modelsense.project.ResourceType;
import dev.modelsense.project.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * dbt's parse: render each node with execute = false to capture its refs, sources and config() calls, settle its
 * final config, then name its relation. One broken node yields problems and a node without dependencies; the rest
 * carry on.
 */
final class ParsePhase {

    record Outcome(ParsedNode node, List<Problem> problems) {
    }

    private final RunContext run;
    private final RelationNaming naming;
    private final boolean staticParsing;

    ParsePhase(RunContext run) {
        this.run = run;
        this.naming = new RelationNaming(run);
        // like dbt, no static parsing once a project overrides ref, source or config
        this.staticParsing = run.scope.macros().all().stream().noneMatch(m -> !MacroRegistry.INTERNAL_PACKAGE
                .equals(m.packageName()) && (m.name().equals("ref") || m.name().equals("source")
                || m.name().equals("config")));
    }

    /** {@link #capture}, but an unexpected failure becomes a problem on this node instead of failing the project. */
    Outcome captureSafely(NodeSpec spec) {
        try {
            return capture(spec);
        } catch (RuntimeException | StackOverflowError e) {
            Map<String, Object> config = NodeConfigs.defaults(spec.kind());
            ParsedNode node = new ParsedNode(spec, config, true, null, null, spec.name(), null, List.of(),
                    List.of(), List.of());
            return new Outcome(node, List.of(Problem.error("internal-error", "Could not parse " + spec.uniqueId()
                    + ": " + e, spec.file().path(), spec.bodyLine(), 0)));
        }
    }

    Outcome capture(NodeSpec spec) {
        List<Problem> problems = new ArrayList<>();
        NodeCalls calls;
        Optional<StaticCalls.Result> staticCalls = spec.kind() == NodeKind.SEED || !staticParsing ? Optional.empty()
                : StaticCalls.extract(spec.rawCode());
        if (spec.kind() == NodeKind.SEED) {
            calls = new NodeCalls();
        } else if (staticCalls.isPresent()) {
            calls = NodeCalls.of(staticCalls.get());
        } else {
            Map<String, Object> model = NodeDicts.of(spec, Map.of(), null);
            NodeRenderEnvironment env = new NodeRenderEnvironment(run, spec, false, Map.of(),
                    run.relations.create(null, null, spec.name(), null), model);
            RenderResult result = run.engine.render(run.scope, env, spec.file().path().toString(), spec.rawCode());
            if (result instanceof RenderResult.Failed failed) {
                problems.add(run.undefinedNames.enrich(ProblemMapping.toProblem(failed.error(), spec, Severity.ERROR), spec));
            }
            for (JinjaProblem warning : result.warnings()) {
                problems.add(ProblemMapping.toProblem(warning, spec, Severity.WARNING));
            }
            calls = env.calls();
        }
        LoadedProject.ProjectConfigLayers projectConfig = run.project.projectConfigLayers(resourceType(spec.kind()),
                spec.packageName(), spec.fqn());
        Map<String, Object> config = NodeConfigs.resolve(spec.kind(), projectConfig, spec.properties(),
                spec.version(), calls.configs());
        boolean enabled = !Boolean.FALSE.equals(config.get("enabled"))
                && !"false".equalsIgnoreCase(String.valueOf(config.get("enabled")));
        RelationNaming.Names names = new RelationNaming.Names(null, null, spec.name());
        String relationName = null;
        if (enabled) {
            try {
                names = naming.names(spec, config, NodeDicts.of(spec, config, null));
            } catch (RelationNaming.NamingException e) {
                problems.add(ProblemMapping.toProblem(e.failure.error(), spec, Severity.ERROR));
            }
            if (spec.kind() == NodeKind.SNAPSHOT) {
                names = snapshotTarget(names, config);
            }
            boolean relational = spec.kind() != NodeKind.TEST && spec.kind() != NodeKind.ANALYSIS;
            if (relational && !"ephemeral".equals(config.get("materialized"))) {
                relationName = run.relations.create(names.database(), names.schema(), names.alias(),
                        config.get("quoting")).render();
            }
        }
        ParsedNode node = new ParsedNode(spec, config, enabled, names.database(), names.schema(), names.alias(),
                relationName, calls.refs(), calls.sources(), List.of());
        return new Outcome(node, problems);
    }

    /** dbt's {@code set_snapshot_attributes}: legacy {@code target_database}/{@code target_schema} win as written. */
    private static RelationNaming.Names snapshotTarget(RelationNaming.Names names, Map<String, Object> config) {
        Object database = config.get("target_database");
        Object schema = config.get("target_schema");
        return new RelationNaming.Names(database == null ? names.database() : database.toString(),
                schema == null ? names.schema() : schema.toString(), names.alias());
    }

    static ResourceType resourceType(NodeKind kind) {
        return switch (kind) {
            case SEED -> ResourceType.SEED;
            case SNAPSHOT -> ResourceType.SNAPSHOT;
            case ANALYSIS -> ResourceType.ANALYSIS;
            case TEST -> ResourceType.TEST;
            default -> ResourceType.MODEL;
        };
    }
}
