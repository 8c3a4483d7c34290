package dev.modelsense.graph;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Per-node work that reads its parents' results (a query's columns come from its parents' columns), run on every
 * core a graph layer at a time: parents are done before their children start, so no two threads work out the same
 * parent, and nodes of one layer run in parallel.
 */
public final class LayeredWork {

    private LayeredWork() {
    }

    /** {@code work} applied to each of {@code ids}, answered in the order of {@code ids}. */
    public static <T> Map<String, T> map(ModelGraph graph, Collection<String> ids, Function<String, T> work) {
        Set<String> wanted = new HashSet<>(ids);
        Map<String, T> results = new ConcurrentHashMap<>();
        for (List<String> layer : graph.layers()) {
            layer.parallelStream().filter(wanted::contains).forEach(id -> results.put(id, work.apply(id)));
        }
        // ids the graph does not hold (none in a consistent snapshot) still get their work done
        ids.stream().filter(id -> !results.containsKey(id)).forEach(id -> results.put(id, work.apply(id)));
        Map<String, T> ordered = new LinkedHashMap<>();
        ids.forEach(id -> ordered.put(id, results.get(id)));
        return ordered;
    }
}
