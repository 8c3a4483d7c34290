package dev.modelsense.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/** Orderings of a possibly cyclic graph: never fails, always deterministic. */
final class GraphOrder {
    private GraphOrder() {
    }

    /**
     * Kahn's algorithm, smallest id first among ready nodes. Nodes that never become ready (on a loop, or below
     * one) follow at the end, in the order of their loops' components so that everything below a loop still
     * comes after it.
     */
    static List<String> topological(List<String> sortedNodes, Map<String, Set<String>> parents,
                                    Map<String, Set<String>> children, StronglyConnectedComponents components) {
        Map<String, Integer> waitingFor = new HashMap<>();
        PriorityQueue<String> ready = new PriorityQueue<>();
        for (String node : sortedNodes) {
            int count = parents.getOrDefault(node, Set.of()).size();
            waitingFor.put(node, count);
            if (count == 0) {
                ready.add(node);
            }
        }
        List<String> order = new ArrayList<>(sortedNodes.size());
        Set<String> placed = new HashSet<>();
        while (!ready.isEmpty()) {
            String node = ready.poll();
            order.add(node);
            placed.add(node);
            for (String child : children.getOrDefault(node, Set.of())) {
                if (waitingFor.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        if (order.size() < sortedNodes.size()) {
            for (List<String> component : components.inTopologicalOrder()) {
                for (String node : component) {
                    if (!placed.contains(node)) {
                        order.add(node);
                    }
                }
            }
        }
        return List.copyOf(order);
    }

    /**
     * Longest-path layering over the components: a node's layer is one past its deepest parent outside its own
     * loop. The members of a loop share a layer, since no order among them can satisfy their edges.
     */
    static List<List<String>> layers(Map<String, Set<String>> parents, StronglyConnectedComponents components) {
        List<List<String>> ordered = components.inTopologicalOrder();
        int[] layerOf = new int[ordered.size()];
        int deepest = -1;
        for (int id = 0; id < ordered.size(); id++) {
            int layer = 0;
            for (String member : ordered.get(id)) {
                for (String parent : parents.getOrDefault(member, Set.of())) {
                    int parentComponent = components.componentOf(parent);
                    if (parentComponent != id) {
                        layer = Math.max(layer, layerOf[parentComponent] + 1);
                    }
                }
            }
            layerOf[id] = layer;
            deepest = Math.max(deepest, layer);
        }
        List<List<String>> layers = new ArrayList<>();
        for (int i = 0; i <= deepest; i++) {
            layers.add(new ArrayList<>());
        }
        for (int id = 0; id < ordered.size(); id++) {
            layers.get(layerOf[id]).addAll(ordered.get(id));
        }
        return layers.stream().map(layer -> layer.stream().sorted().toList()).toList();
    }
}
