package dev.modelsense.conventions;

import dev.modelsense.checks.SqlChecks;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.Problem;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.graph.LayeredWork;
import dev.modelsense.project.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the conventions' rules over a snapshot: node rules per model of the root project (packages are other teams'
 * code), project rules once. Applies the project's severities and exemptions; a rule that throws on odd input is
 * skipped for that node rather than taking the other checks down.
 */
public final class ConventionChecks {

    private final SqlChecks sql;
    private final ColumnTypes types;
    private final List<NodeRule> nodeRules;
    private final List<ProjectRule> projectRules;

    public ConventionChecks(SqlChecks sql) {
        this(sql, List.of(new ColumnNameRule(), new ModelContractRule(), new NamingRule(), new LayerRule(),
                new DocumentationRule()), List.of(new ProjectNamingRule()));
    }

    ConventionChecks(SqlChecks sql, List<NodeRule> nodeRules, List<ProjectRule> projectRules) {
        this.sql = sql;
        this.types = new ColumnTypes(sql);
        this.nodeRules = List.copyOf(nodeRules);
        this.projectRules = List.copyOf(projectRules);
    }

    /** Whether this node is the team's own (root project) and enabled, so its conventions apply. */
    public static boolean applies(ProjectSnapshot snapshot, ParsedNode node) {
        return node.enabled() && snapshot.project().root().name().equals(node.spec().packageName());
    }

    /** The findings of one model (none for package models and disabled nodes). */
    public List<Finding> checkNode(ProjectSnapshot snapshot, Conventions conventions, ParsedNode node) {
        if (!applies(snapshot, node)) {
            return List.of();
        }
        NodeContext context = new NodeContext(snapshot, conventions, node, sql, types);
        List<Finding> found = new ArrayList<>();
        for (NodeRule rule : nodeRules) {
            try {
                found.addAll(rule.check(context));
            } catch (RuntimeException e) {
                // a rule that cannot cope with this node skips it; the others still report
            }
        }
        return finish(snapshot, conventions, found);
    }

    /** Findings that belong to no single model, and the problems of modelsense.yml itself. */
    public List<Finding> checkProject(ProjectSnapshot snapshot, Conventions conventions) {
        List<Finding> found = new ArrayList<>();
        conventions.problems().forEach(problem -> found.add(new Finding(problem, null)));
        for (ProjectRule rule : projectRules) {
            try {
                found.addAll(rule.check(snapshot, conventions));
            } catch (RuntimeException e) {
                // as for node rules
            }
        }
        return finish(snapshot, conventions, found);
    }

    /**
     * Every finding of the project: each model's, then the project-wide ones. Models are checked on every core, a
     * graph layer at a time (a model's SQL analysis reads its parents'); the result keeps the snapshot's node order.
     */
    public List<Finding> checkAll(ProjectSnapshot snapshot, Conventions conventions) {
        List<String> ids = snapshot.enabledNodes().stream().map(ParsedNode::uniqueId).toList();
        List<Finding> all = new ArrayList<>();
        LayeredWork.map(snapshot.graph(), ids, id -> checkNode(snapshot, conventions, snapshot.nodes().get(id)))
                .values().forEach(all::addAll);
        all.addAll(checkProject(snapshot, conventions));
        return all;
    }

    /** Other checks' findings (the SQL checks') under this project's severities and exemptions. */
    public List<Finding> adjusted(ProjectSnapshot snapshot, Conventions conventions, List<Finding> found) {
        return finish(snapshot, conventions, found);
    }

    private static List<Finding> finish(ProjectSnapshot snapshot, Conventions conventions, List<Finding> found) {
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : found) {
            Problem problem = finding.problem();
            Optional<Severity> severity = conventions.severityOf(problem.code(), problem.severity());
            if (severity.isEmpty() || conventions.exemptions().exempt(finding, snapshot)) {
                continue;
            }
            kept.add(severity.get() == problem.severity() ? finding : new Finding(new Problem(problem.code(),
                    severity.get(), problem.message(), problem.file(), problem.line(), problem.column(),
                    problem.related()), finding.nodeId(), finding.fixes()));
        }
        return kept;
    }

    /**
     * These checks plus one more per model and one more per project (either may be null), reported like the rules'
     * findings: for tools that add their own checks, and tests of what is done with findings.
     */
    public ConventionChecks including(java.util.function.BiFunction<ProjectSnapshot, ParsedNode, List<Finding>> nodeCheck,
                                      java.util.function.BiFunction<ProjectSnapshot, Conventions, List<Finding>>
                                              projectCheck) {
        List<NodeRule> nodes = new ArrayList<>(nodeRules);
        if (nodeCheck != null) {
            nodes.add(context -> nodeCheck.apply(context.snapshot(), context.node()));
        }
        List<ProjectRule> projects = new ArrayList<>(projectRules);
        if (projectCheck != null) {
            projects.add(projectCheck::apply);
        }
        return new ConventionChecks(sql, nodes, projects);
    }
}
