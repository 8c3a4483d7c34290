package dev.modelsense.graph;

import java.util.List;

/**
 * An elementary loop in the graph, as data: the unique ids in edge order (each one is a parent of the next, the
 * last a parent of the first), starting at the smallest id; the first id is not repeated at the end.
 */
public record Cycle(List<String> uniqueIds) {
    public Cycle {
        uniqueIds = List.copyOf(uniqueIds);
    }
}
