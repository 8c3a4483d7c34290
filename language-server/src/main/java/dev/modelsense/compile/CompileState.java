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

    CompileState(RunContext run, List<Problem> projectProblems, Map<String, List<Problem>> nodeProblems,
                 List<Problem> graphProblems, Set<String> blocked, Map<String, Object> latestVersions) {
        this.run = run;
        this.projectProblems = List.copyOf(projectProblems);
        this.nodeProblems = Map.copyOf(nodeProblems);
        this.graphProblems = List.copyOf(graphProblems);
        this.blocked = Set.copyOf(blocked);
        this.latestVersions = latestVersions;
    }

    List<Problem> allProblems() {
        List<Problem> all = new java.util.ArrayList<>(projectProblems);
        nodeProblems.values().forEach(all::addAll);
        all.addAll(graphProblems);
        return all;
    }
}
