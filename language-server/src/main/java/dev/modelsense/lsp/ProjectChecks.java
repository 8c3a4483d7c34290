package dev.modelsense.lsp;

import dev.modelsense.checks.SqlChecks;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.Problem;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.conventions.ConventionChecks;
import dev.modelsense.conventions.Conventions;
import dev.modelsense.conventions.ConventionsLoader;
import dev.modelsense.conventions.Finding;
import dev.modelsense.lineage.ColumnImpact;
import dev.modelsense.lineage.ColumnLineage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL checks' and the conventions' latest problems per project and node. Edited and open files are checked right
 * after their build; a background pass re-checks the whole project a chunk at a time (unchanged SQL is answered from
 * the checks' cache), so the writer stays free for the next edit. Until the pass reaches a node, its previous result
 * stands. Convention findings are kept with their problems so a quick fix can find the finding of a diagnostic; a
 * node's convention findings may depend on other nodes (its children, for a fan-out), which the pass covers since it
 * re-checks every node of each new snapshot.
 */
final class ProjectChecks {

    /** One node's problems (SQL checks, impact, conventions) and the convention findings among them. */
    private record NodeResult(List<Problem> problems, List<Finding> findings) {
    }

    /** The project-wide findings of one snapshot. */
    private record ProjectResult(ProjectSnapshot snapshot, List<Finding> findings) {
    }

    /** A project's conventions, valid while its modelsense.yml and dbt_project.yml stay the same. */
    private record LoadedConventions(Object key, Conventions conventions) {
    }

    private final SqlChecks checks;
    /** For impact problems (a column used here that an upstream no longer produces); null to skip them. */
    private final ColumnLineage lineage;
    /** The team's conventions; null to skip them. */
    private final ConventionChecks conventionChecks;
    private final Map<Path, Map<String, NodeResult>> byProject = new ConcurrentHashMap<>();
    private final Map<Path, ProjectResult> projectFindings = new ConcurrentHashMap<>();
    private final Map<Path, LoadedConventions> conventionsByProject = new ConcurrentHashMap<>();

    ProjectChecks(SqlChecks checks) {
        this(checks, null);
    }

    ProjectChecks(SqlChecks checks, ColumnLineage lineage) {
        this(checks, lineage, null);
    }

    ProjectChecks(SqlChecks checks, ColumnLineage lineage, ConventionChecks conventionChecks) {
        this.checks = checks;
        this.lineage = lineage;
        this.conventionChecks = conventionChecks;
    }

    SqlChecks sqlChecks() {
        return checks;
    }

    /** The column lineage quick fixes rename columns through; null when impact checks are off. */
    ColumnLineage lineage() {
        return lineage;
    }

    /** Checks these nodes now; true when any node's problems changed. */
    boolean checkNow(Path root, ProjectSnapshot snapshot, Collection<ParsedNode> nodes) {
        Map<String, NodeResult> results = results(root);
        Conventions conventions = conventions(root, snapshot);
        boolean changed = false;
        for (ParsedNode node : nodes) {
            if (node.enabled()) {
                List<Problem> found = new ArrayList<>(withImpact(snapshot, node, checks.check(snapshot, node)));
                List<Finding> findings = findings(snapshot, conventions, node);
                findings.forEach(finding -> found.add(finding.problem()));
                NodeResult before = results.put(node.uniqueId(), new NodeResult(List.copyOf(found), findings));
                changed |= !found.equals(before == null ? List.of() : before.problems());
            }
        }
        return changed;
    }

    private List<Finding> findings(ProjectSnapshot snapshot, Conventions conventions, ParsedNode node) {
        if (conventionChecks == null) {
            return List.of();
        }
        try {
            return conventionChecks.checkNode(snapshot, conventions, node);
        } catch (RuntimeException e) {
            return List.of(); // a failing check is skipped; the SQL checks still stand
        }
    }

    /**
     * Checks what belongs to no single model (and modelsense.yml itself) once per snapshot; true when the findings
     * changed.
     */
    boolean checkProject(Path root, ProjectSnapshot snapshot) {
        if (conventionChecks == null) {
            return false;
        }
        ProjectResult before = projectFindings.get(root);
        if (before != null && before.snapshot() == snapshot) {
            return false;
        }
        List<Finding> found;
        try {
            found = conventionChecks.checkProject(snapshot, conventions(root, snapshot));
        } catch (RuntimeException e) {
            found = List.of();
        }
        projectFindings.put(root, new ProjectResult(snapshot, found));
        return before == null ? !found.isEmpty() : !problemsOf(before.findings()).equals(problemsOf(found));
    }

    /** The project's conventions, read again only when modelsense.yml or the project itself changed. */
    private Conventions conventions(Path root, ProjectSnapshot snapshot) {
        if (conventionChecks == null) {
            return Conventions.defaults();
        }
        Object key = List.of(snapshot.project().conventionsFile(), snapshot.project().root());
        LoadedConventions loaded = conventionsByProject.get(root);
        if (loaded == null || !loaded.key().equals(key)) {
            Conventions conventions;
            try {
                conventions = ConventionsLoader.load(snapshot.project());
            } catch (RuntimeException e) {
                conventions = Conventions.defaults(); // the loader reports its own problems; this is a bug's fallback
            }
            loaded = new LoadedConventions(key, conventions);
            conventionsByProject.put(root, loaded);
        }
        return loaded.conventions();
    }

    /**
     * The convention findings whose problem is in this file, for nodes that still exist in this snapshot: what quick
     * fixes are made from.
     */
    List<Finding> findingsIn(Path root, ProjectSnapshot snapshot, Path file) {
        List<Finding> found = new ArrayList<>();
        results(root).forEach((id, result) -> {
            ParsedNode node = snapshot.nodes().get(id);
            if (node != null && node.enabled()) {
                result.findings().stream().filter(f -> inFile(f, file)).forEach(found::add);
            }
        });
        ProjectResult project = projectFindings.get(root);
        if (project != null) {
            project.findings().stream().filter(f -> inFile(f, file)).forEach(found::add);
        }
        return found;
    }

    private static boolean inFile(Finding finding, Path file) {
        Path at = finding.problem().file();
        return at != null && at.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
    }

    private static List<Problem> problemsOf(List<Finding> findings) {
        return findings.stream().map(Finding::problem).toList();
    }

    private List<Problem> withImpact(ProjectSnapshot snapshot, ParsedNode node, List<Problem> problems) {
        if (lineage == null) {
            return problems;
        }
        List<Problem> impact;
        try {
            impact = ColumnImpact.problems(lineage.build(snapshot, List.of(node.uniqueId())), node.uniqueId());
        } catch (RuntimeException e) {
            return problems; // a failing check is skipped; the SQL checks still stand
        }
        if (impact.isEmpty()) {
            return problems;
        }
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(impact);
        return all;
    }

    /** A pass over every enabled node of the snapshot, run {@code chunk} nodes at a time by {@link Pass#step}. */
    Pass pass(Path root, ProjectSnapshot snapshot) {
        return new Pass(root, snapshot, List.copyOf(snapshot.enabledNodes()));
    }

    /** The problems of the nodes that still exist and are enabled in this snapshot. */
    List<Problem> problems(Path root, ProjectSnapshot snapshot) {
        List<Problem> problems = new ArrayList<>();
        results(root).forEach((id, found) -> {
            ParsedNode node = snapshot.nodes().get(id);
            if (node != null && node.enabled()) {
                problems.addAll(found.problems());
            }
        });
        ProjectResult project = projectFindings.get(root);
        if (project != null) {
            problems.addAll(problemsOf(project.findings()));
        }
        return problems;
    }

    void forget(Path root) {
        byProject.remove(root);
        projectFindings.remove(root);
        conventionsByProject.remove(root);
    }

    private Map<String, NodeResult> results(Path root) {
        return byProject.computeIfAbsent(root, r -> new ConcurrentHashMap<>());
    }

    /** One background pass; not thread-safe, meant for the project's writer. */
    final class Pass {
        private final Path root;
        private final ProjectSnapshot snapshot;
        private final List<ParsedNode> nodes;
        private int next;
        private boolean changed;

        private Pass(Path root, ProjectSnapshot snapshot, List<ParsedNode> nodes) {
            this.root = root;
            this.snapshot = snapshot;
            this.nodes = nodes;
        }

        ProjectSnapshot snapshot() {
            return snapshot;
        }

        /** Checks the next {@code chunk} nodes; true while nodes remain. */
        boolean step(int chunk) {
            int end = Math.min(nodes.size(), next + chunk);
            changed |= checkNow(root, snapshot, nodes.subList(next, end));
            next = end;
            return next < nodes.size();
        }

        /** Whether any node's problems changed during this pass. */
        boolean changedAnything() {
            return changed;
        }
    }
}
