package dev.modelsense.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.JohnsonSimpleCycles;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * Finds the loops of a graph as data. Every elementary cycle is enumerated (Johnson's algorithm) up to a budget,
 * because a dense cycle has exponentially many; past the budget, or in a component too large to enumerate, each
 * node still uncovered gets its shortest loop, so every node that sits on a loop appears in some reported cycle.
 */
final class CycleFinder {
    /** Total elementary cycles enumerated before falling back to one shortest loop per uncovered node. */
    static final int ENUMERATION_BUDGET = 1_000;
    /** Johnson's search recurses once per node of a loop; larger components only get shortest loops. */
    private static final int MAX_ENUMERATED_COMPONENT = 500;

    private CycleFinder() {
    }

    static List<Cycle> find(Graph<String, DefaultEdge> graph, StronglyConnectedComponents components,
                            Map<String, Set<String>> children) {
        Set<List<String>> cycles = new LinkedHashSet<>();
        int budget = ENUMERATION_BUDGET;
        for (List<String> component : components.inTopologicalOrder()) {
            boolean selfLoop = component.size() == 1 && graph.containsEdge(component.get(0), component.get(0));
            if (component.size() == 1 && !selfLoop) {
                continue;
            }
            Set<String> covered = new HashSet<>();
            if (component.size() <= MAX_ENUMERATED_COMPONENT && budget > 0) {
                budget -= enumerate(graph, component, budget, cycles, covered);
            }
            for (String node : component) {
                if (!covered.contains(node)) {
                    List<String> loop = shortestLoopThrough(node, children, new HashSet<>(component));
                    covered.addAll(loop);
                    cycles.add(rotateToSmallest(loop));
                }
            }
        }
        List<List<String>> sorted = new ArrayList<>(cycles);
        sorted.sort(Comparator.<List<String>, String>comparing(loop -> loop.get(0))
                .thenComparingInt(List::size)
                .thenComparing(loop -> String.join("\u0000", loop)));
        return sorted.stream().map(Cycle::new).toList();
    }

    /** Enumerates up to {@code budget} elementary cycles of one component; returns how many it found. */
    private static int enumerate(Graph<String, DefaultEdge> graph, List<String> component, int budget,
                                 Set<List<String>> cycles, Set<String> covered) {
        // Johnson re-adds the input's edge objects to graphs of its own, which intrusive DefaultEdges refuse:
        // copy the component with plain edge objects
        Graph<String, Object> subgraph = GraphTypeBuilder.<String, Object>directed().allowingSelfLoops(true)
                .allowingMultipleEdges(false).edgeSupplier(Object::new).buildGraph();
        component.forEach(subgraph::addVertex);
        Set<String> members = new HashSet<>(component);
        for (String node : component) {
            for (DefaultEdge edge : graph.outgoingEdgesOf(node)) {
                String target = graph.getEdgeTarget(edge);
                if (members.contains(target)) {
                    subgraph.addEdge(node, target);
                }
            }
        }
        int[] found = {0};
        try {
            new JohnsonSimpleCycles<>(subgraph).findSimpleCycles(loop -> {
                cycles.add(rotateToSmallest(loop));
                covered.addAll(loop);
                if (++found[0] >= budget) {
                    throw new BudgetExhausted();
                }
            });
        } catch (BudgetExhausted stop) {
            // the caller covers the remaining nodes with shortest loops
        }
        return found[0];
    }

    /** Breadth-first from the node's children back to the node, inside its component. */
    private static List<String> shortestLoopThrough(String node, Map<String, Set<String>> children,
                                                    Set<String> component) {
        Map<String, String> cameFrom = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        queue.add(node);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            for (String next : children.getOrDefault(current, Set.of())) {
                if (!component.contains(next)) {
                    continue;
                }
                if (next.equals(node)) {
                    List<String> loop = new ArrayList<>();
                    for (String step = current; !step.equals(node); step = cameFrom.get(step)) {
                        loop.add(0, step);
                    }
                    loop.add(0, node);
                    return loop;
                }
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, current);
                    queue.add(next);
                }
            }
        }
        return List.of(node); // unreachable inside a strongly connected component
    }

    /** The same loop, started at its smallest id so each loop is reported once. */
    static List<String> rotateToSmallest(List<String> loop) {
        int start = 0;
        for (int i = 1; i < loop.size(); i++) {
            if (loop.get(i).compareTo(loop.get(start)) < 0) {
                start = i;
            }
        }
        List<String> rotated = new ArrayList<>(loop.size());
        for (int i = 0; i < loop.size(); i++) {
            rotated.add(loop.get((start + i) % loop.size()));
        }
        return List.copyOf(rotated);
    }

    /** Stops Johnson's enumeration, which offers no other way to end early. */
    private static final class BudgetExhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExhausted() {
            super(null, null, false, false);
        }
    }
}
