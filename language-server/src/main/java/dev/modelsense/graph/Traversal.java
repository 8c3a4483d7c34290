package dev.modelsense.graph;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Breadth-first walks with a depth cutoff, as dbt's {@code single_source_shortest_path_length(cutoff=depth)}:
 * a node is within depth d when its shortest distance is at most d. The visited set makes walks through cycles
 * terminate.
 */
final class Traversal {
    static final int UNLIMITED = -1;

    private Traversal() {
    }

    /**
     * The nodes reachable from {@code starts} over {@code edges} in 1..depth steps, walking only through nodes
     * accepted by {@code member}. A start node is included only when it is reachable from another start (or
     * itself, through a cycle).
     */
    static Set<String> reachable(Collection<String> starts, Map<String, Set<String>> edges, int depth,
                                 Predicate<String> member) {
        Set<String> found = new HashSet<>();
        if (depth == 0) {
            return found;
        }
        // One shared walk instead of one per start (as dbt does) gives the same union in linear time.
        if (depth < 0) {
            ArrayDeque<String> queue = new ArrayDeque<>();
            for (String start : starts) {
                for (String next : edges.getOrDefault(start, Set.of())) {
                    if (member.test(next) && found.add(next)) {
                        queue.add(next);
                    }
                }
            }
            while (!queue.isEmpty()) {
                for (String next : edges.getOrDefault(queue.poll(), Set.of())) {
                    if (member.test(next) && found.add(next)) {
                        queue.add(next);
                    }
                }
            }
            return found;
        }
        // With a cutoff, a multi-source BFS gives each node its distance to the nearest start, which is exactly
        // "within depth of some start".
        Set<String> frontier = new HashSet<>(starts);
        Set<String> seen = new HashSet<>(starts);
        for (int step = 1; step <= depth && !frontier.isEmpty(); step++) {
            Set<String> nextFrontier = new HashSet<>();
            for (String node : frontier) {
                for (String next : edges.getOrDefault(node, Set.of())) {
                    if (!member.test(next)) {
                        continue;
                    }
                    found.add(next);
                    if (seen.add(next)) {
                        nextFrontier.add(next);
                    }
                }
            }
            frontier = nextFrontier;
        }
        return found;
    }
}
