package dev.modelsense.compile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a snapshot keeps of its own build so that the next edit can reuse it: the render context, problems split by
 * where they came from, and the nodes that are not compiled because their parse failed or their refs do not resolve.
 */
public final class CompileState {

    final RunContext run;
    final List<Problem> projectProblems;
    final Map<String, List<Problem>> nodeProblems;
    final List<Problem> graphProblems;
    final Set<String> blocked;
    final Map<String, Object> latestVersions;
    /**
     * The unique ids defined in each file, built on first use. An edit keeps every file's ids (else it is a full
     * build), so the next state inherits this index instead of scanning every node again.
     */
    private volatile Map<java.nio.file.Path, List<String>> idsByFile;
    /** Stays the same object across edits that keep every node's config, relation and enablement. */
    private volatile Object shape = new Object();

    CompileState(RunContext run, List<Problem> projectProblems, Map<String, List<Problem>> nodeProblems,
                 List<Problem> graphProblems, Set<String> blocked, Map<String, Object> latestVersions) {
        this.run = run;
        this.projectProblems = List.copyOf(projectProblems);
        this.nodeProblems = Map.copyOf(nodeProblems);
        this.graphProblems = List.copyOf(graphProblems);
        this.blocked = Set.copyOf(blocked);
        this.latestVersions = latestVersions;
    }

    /** Every node of {@code nodes} defined in {@code file} (normalized), in the node map's order. */
    List<ParsedNode> nodesIn(Map<String, ParsedNode> nodes, java.nio.file.Path file) {
        Map<java.nio.file.Path, List<String>> index = idsByFile;
        if (index == null) {
            Map<java.nio.file.Path, List<String>> byFile = new java.util.HashMap<>();
            nodes.values().forEach(n -> byFile.computeIfAbsent(n.spec().file().path(), f -> new java.util.ArrayList<>())
                    .add(n.uniqueId()));
            byFile.replaceAll((f, ids) -> List.copyOf(ids));
            index = byFile;
            idsByFile = index;
        }
        List<ParsedNode> found = new java.util.ArrayList<>();
        for (String id : index.getOrDefault(file, List.of())) {
            ParsedNode node = nodes.get(id);
            if (node != null) {
                found.add(node);
            }
        }
        return found;
    }

    /**
     * Takes over an earlier state's file index and shape; only for a build that kept every file's unique ids and
     * every node's config, relation and enablement (an incremental build of edited code).
     */
    void inheritShape(CompileState earlier) {
        idsByFile = earlier.idsByFile;
        shape = earlier.shape;
    }

    Object shape() {
        return shape;
    }

    List<Problem> allProblems() {
        List<Problem> all = new java.util.ArrayList<>(projectProblems);
        nodeProblems.values().forEach(all::addAll);
        all.addAll(graphProblems);
        return all;
    }
}
