package dev.modelsense.lsp;

import dev.modelsense.checks.SqlChecks;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.Problem;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.lineage.ColumnImpact;
import dev.modelsense.lineage.ColumnLineage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL checks' latest problems per project and node. Edited and open files are checked right after their build;
 * a background pass re-checks the whole project a chunk at a time (unchanged SQL is answered from the checks'
 * cache), so the writer stays free for the next edit. Until the pass reaches a node, its previous result stands.
 */
final class ProjectChecks {

    private final SqlChecks checks;
    /** For impact problems (a column used here that an upstream no longer produces); null to skip them. */
    private final ColumnLineage lineage;
    private final Map<Path, Map<String, List<Problem>>> byProject = new ConcurrentHashMap<>();

    ProjectChecks(SqlChecks checks) {
        this(checks, null);
    }

    ProjectChecks(SqlChecks checks, ColumnLineage lineage) {
        this.checks = checks;
        this.lineage = lineage;
    }

    SqlChecks sqlChecks() {
        return checks;
    }

    /** Checks these nodes now; true when any node's problems changed. */
    boolean checkNow(Path root, ProjectSnapshot snapshot, Collection<ParsedNode> nodes) {
        Map<String, List<Problem>> results = results(root);
        boolean changed = false;
        for (ParsedNode node : nodes) {
            if (node.enabled()) {
                List<Problem> found = withImpact(snapshot, node, checks.check(snapshot, node));
                List<Problem> before = results.put(node.uniqueId(), found);
                changed |= !found.equals(before == null ? List.of() : before);
            }
        }
        return changed;
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
                problems.addAll(found);
            }
        });
        return problems;
    }

    void forget(Path root) {
        byProject.remove(root);
    }

    private Map<String, List<Problem>> results(Path root) {
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
