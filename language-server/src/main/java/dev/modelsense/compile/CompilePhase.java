package dev.modelsense.compile;

import dev.modelsense.graph.NodeKind;
import dev.modelsense.jinja.JinjaProblem;
import dev.modelsense.jinja.RenderResult;
import dev.modelsense.project.Severity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * dbt's compile: render each node with execute = true against resolved relations, then inject the ephemeral
 * models it references (recursively, parents first) as CTEs.
 */
final class CompilePhase {

    private record Rendered(String sql, Set<String> ephemeralRefs, List<Problem> problems, List<String> notes) {
    }

    private final RunContext run;
    private final Map<String, ParsedNode> nodes;
    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();

    CompilePhase(RunContext run, Map<String, ParsedNode> nodes) {
        this.run = run;
        this.nodes = nodes;
    }

    static boolean compilable(ParsedNode node) {
        return node.enabled() && node.spec().kind() != NodeKind.SEED;
    }

    private Rendered doRender(ParsedNode node) {
        try {
            return renderNode(node);
        } catch (RuntimeException | StackOverflowError e) {
            return new Rendered(null, Set.of(), List.of(Problem.error("internal-error", "Could not compile "
                    + node.uniqueId() + ": " + e, node.spec().file().path(), node.spec().bodyLine(), 0)), List.of());
        }
    }

    private Rendered renderNode(ParsedNode node) {
        NodeSpec spec = node.spec();
        RelationNaming.Names names = new RelationNaming.Names(node.database(), node.schema(), node.alias());
        Map<String, Object> model = NodeDicts.of(spec, node.config(), names);
        NodeRenderEnvironment env = new NodeRenderEnvironment(run, spec, true, node.config(),
                run.relations.forNode(node), model);
        RenderResult result = run.engine.render(run.scope, env, spec.file().path().toString(), spec.rawCode());
        List<Problem> problems = new ArrayList<>();
        for (JinjaProblem warning : result.warnings()) {
            problems.add(ProblemMapping.toProblem(warning, spec, Severity.WARNING));
        }
        String sql = null;
        if (result instanceof RenderResult.Rendered ok) {
            sql = ok.text();
        } else if (result instanceof RenderResult.Failed failed) {
            problems.add(run.undefinedNames.enrich(ProblemMapping.toProblem(failed.error(), spec, Severity.ERROR), spec));
        }
        return new Rendered(sql, env.ephemeralRefs(), problems, env.notes());
    }

    CompiledNode result(ParsedNode node) {
        Rendered own = rendered.computeIfAbsent(node.uniqueId(), id -> doRender(node));
        if (own.sql() == null) {
            return new CompiledNode(node, null, null, own.problems(), own.notes());
        }
        List<Problem> problems = new ArrayList<>(own.problems());
        List<CteInjector.InjectedCte> ctes = new ArrayList<>();
        collectCtes(node, ctes, new HashSet<>(), problems);
        boolean cteFailed = problems.stream().anyMatch(p -> p.isError() && !own.problems().contains(p));
        String sql = cteFailed ? null : CteInjector.inject(own.sql(), ctes);
        return new CompiledNode(node, sql, own.sql(), problems, own.notes());
    }

    /** dbt's {@code _recursively_prepend_ctes}: each ephemeral's own CTEs first, then the ephemeral itself, once. */
    private void collectCtes(ParsedNode node, List<CteInjector.InjectedCte> ctes, Set<String> visiting,
                             List<Problem> problems) {
        Rendered own = rendered.computeIfAbsent(node.uniqueId(), id -> doRender(node));
        if (!visiting.add(node.uniqueId())) {
            return;
        }
        for (String ephemeralId : new LinkedHashSet<>(own.ephemeralRefs())) {
            ParsedNode ephemeral = nodes.get(ephemeralId);
            Rendered ephemeralSql = rendered.computeIfAbsent(ephemeralId, id -> doRender(ephemeral));
            if (ephemeralSql.sql() == null) {
                problems.add(Problem.error("ephemeral-failed", "Ephemeral model '" + ephemeral.name()
                        + "' referenced here failed to compile", node.spec().file().path(), node.spec().bodyLine(), 0));
                continue;
            }
            collectCtes(ephemeral, ctes, visiting, problems);
            CteInjector.InjectedCte cte = CteInjector.InjectedCte.of(ephemeralId,
                    RelationFactory.EPHEMERAL_PREFIX + ephemeral.name(), ephemeralSql.sql());
            if (ctes.stream().noneMatch(c -> c.uniqueId().equals(ephemeralId))) {
                ctes.add(cte);
            }
        }
    }
}
