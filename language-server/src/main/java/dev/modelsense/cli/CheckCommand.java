package dev.modelsense.cli;

import dev.modelsense.checks.SqlChecks;
import dev.modelsense.compile.CompiledNode;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.Problem;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.conventions.ConventionChecks;
import dev.modelsense.conventions.Conventions;
import dev.modelsense.conventions.ConventionsLoader;
import dev.modelsense.conventions.Finding;
import dev.modelsense.graph.LayeredWork;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.report.CheckReport;
import dev.modelsense.report.FailOn;
import dev.modelsense.report.ReportFormat;
import dev.modelsense.report.SarifReport;
import dev.modelsense.report.TextReport;
import dev.modelsense.sql.SqlAnalyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code modelsense check}: the project's conventions ({@code modelsense.yml}) and compile errors as a CI step.
 * Exits 1 when a finding reaches {@code --fail-on}, 2 on a usage error (bad option, unknown git ref).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check models against the project's conventions and report for CI (text, json, sarif, junit).")
final class CheckCommand implements Callable<Integer> {

    /** No help links: the product has no published documentation address; each rule carries its description. */
    static final SarifReport.Tool TOOL = new SarifReport.Tool("modelsense", "0.1.0", null);

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOptions options = new ProjectOptions();

    @Option(names = "--format", defaultValue = "text", description = "text, json, sarif or junit.")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, description = "Write the report to this file instead of standard output.")
    Path output;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Only models changed since this git ref (merge base), uncommitted or untracked, "
                    + "and their direct children.")
    String changedSince;

    @Option(names = "--fail-on", defaultValue = "error",
            description = "Least severe finding that fails the run: warning, error or never (default: error).")
    FailOn failOn;

    @Option(names = "--sql-budget-ms", defaultValue = "2000", description = "Parse time budget per statement.")
    long budgetMillis;

    @Override
    public Integer call() throws IOException {
        Engine.Compiled compiled = Engine.compileSelected(options);
        ProjectSnapshot snapshot = compiled.snapshot();
        ChangeScope scope = changedSince == null ? null : changeScope(snapshot);
        Conventions conventions = ConventionsLoader.load(snapshot.project());
        List<String> checked = snapshot.enabledNodes().stream()
                .filter(node -> compiled.selected().contains(node.uniqueId()))
                .filter(node -> ConventionChecks.applies(snapshot, node))
                .filter(node -> scope == null || scope.includesNode(node.uniqueId()))
                .map(ParsedNode::uniqueId).toList();
        List<Finding> findings = new ArrayList<>();
        ExecutorService parserThreads = Executors.newCachedThreadPool(LineageCommand.daemon());
        try {
            SqlChecks sql = new SqlChecks(new SqlAnalyzer(Duration.ofMillis(budgetMillis), parserThreads));
            ConventionChecks checks = new ConventionChecks(sql);
            // a model's SQL analysis reads its parents': check on every core, a graph layer at a time
            LayeredWork.map(snapshot.graph(), checked, id -> modelFindings(snapshot, conventions, sql, checks, id))
                    .values().forEach(findings::addAll);
            List<Finding> projectWide = new ArrayList<>(projectCompileErrors(snapshot));
            projectWide.addAll(checks.checkProject(snapshot, conventions));
            Set<String> inScope = Set.copyOf(checked);
            projectWide.stream().filter(f -> f.nodeId() == null
                    ? scope == null || scope.includesProjectFinding(f) : inScope.contains(f.nodeId()))
                    .forEach(findings::add);
        } finally {
            parserThreads.shutdownNow();
        }
        List<String> models = checked.stream()
                .filter(id -> snapshot.nodes().get(id).spec().kind() == NodeKind.MODEL).toList();
        CheckReport report = CheckReport.of(snapshot, models, findings);
        String text = format.render(report, failOn, TOOL);
        if (output == null) {
            System.out.print(text);
        } else {
            Path target = output.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
            System.err.println(TextReport.summary(report) + " -> " + output);
        }
        return failOn.fails(report) ? 1 : 0;
    }

    private ChangeScope changeScope(ProjectSnapshot snapshot) {
        try {
            return ChangeScope.of(snapshot, GitChanges.since(snapshot.project().root().root(), changedSince));
        } catch (GitChanges.GitException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--changed-since: " + e.getMessage());
        }
    }

    /**
     * One model's findings: its compile errors, else what the SQL checks found in its compiled query (a query that
     * does not parse cannot be checked, and CI should say so) and the conventions' findings.
     */
    private static List<Finding> modelFindings(ProjectSnapshot snapshot, Conventions conventions, SqlChecks sql,
                                               ConventionChecks checks, String id) {
        ParsedNode node = snapshot.nodes().get(id);
        List<Finding> found = new ArrayList<>(compileErrors(snapshot, id));
        if (ConventionChecks.applies(snapshot, node)) {
            found.addAll(checks.adjusted(snapshot, conventions,
                    sql.check(snapshot, node).stream().map(problem -> new Finding(problem, id)).toList()));
        }
        found.addAll(checks.checkNode(snapshot, conventions, node));
        return found;
    }

    /** A model that failed to compile cannot be checked: its compile errors are its findings. */
    private static List<Finding> compileErrors(ProjectSnapshot snapshot, String id) {
        CompiledNode compiled = snapshot.compiled().get(id);
        if (compiled == null) {
            return List.of();
        }
        return compiled.problems().stream().filter(Problem::isError).map(p -> new Finding(p, id)).toList();
    }

    /**
     * Errors found while loading and linking the project: one in a model's file (an unknown ref) is that model's,
     * the others (a broken dbt_project.yml or properties file) belong to no model.
     */
    private static List<Finding> projectCompileErrors(ProjectSnapshot snapshot) {
        return snapshot.problems().stream().filter(Problem::isError).map(p -> new Finding(p, p.file() == null ? null
                : snapshot.nodesIn(p.file()).stream().filter(ParsedNode::enabled).map(ParsedNode::uniqueId)
                .findFirst().orElse(null))).toList();
    }
}
