package dev.modelsense.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** Ten thousand nodes: everything stays iterative and near-linear. Timings are printed, never asserted. */
class LargeGraphTest {
    private static final int SIZE = 10_000;

    @Test
    void chainBuildsOrdersAndSelects() {
        List<GraphNode> nodes = new ArrayList<>();
        List<Map.Entry<String, String>> edges = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            nodes.add(model(i, i % 10 == 0 ? Set.of("tenth") : Set.of()));
            if (i > 0) {
                edges.add(Map.entry(id(i - 1), id(i)));
            }
        }
        ModelGraph graph = timed("chain build", () -> ModelGraph.build(nodes, edges));
        assertEquals(id(0), graph.topologicalOrder().get(0));
        assertEquals(id(SIZE - 1), graph.topologicalOrder().get(SIZE - 1));
        assertEquals(SIZE, graph.layers().size());
        assertEquals(List.of(), graph.cycles());
        Set<String> upstream = timed("chain +last", () -> Selector.parse(List.of("+m" + pad(SIZE - 1)), null)
                .apply(graph));
        assertEquals(SIZE, upstream.size());
        Set<String> middle = timed("chain 5+m05000+5", () -> Selector.parse(List.of("5+m" + pad(5000) + "+5"), null)
                .apply(graph));
        assertEquals(11, middle.size());
        Set<String> tagged = timed("chain @tag:tenth", () -> Selector.parse(List.of("@tag:tenth"), null)
                .apply(graph));
        assertEquals(SIZE, tagged.size());
    }

    @Test
    void wideGraphBuildsOrdersAndSelects() {
        // 100 layers of 100 nodes, each node fed by three nodes of the layer above
        int width = 100;
        List<GraphNode> nodes = new ArrayList<>();
        List<Map.Entry<String, String>> edges = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            nodes.add(model(i, Set.of()));
            int layer = i / width;
            if (layer > 0) {
                int position = i % width;
                for (int offset = 0; offset < 3; offset++) {
                    edges.add(Map.entry(id((layer - 1) * width + (position + offset * 37) % width), id(i)));
                }
            }
        }
        ModelGraph graph = timed("wide build", () -> ModelGraph.build(nodes, edges));
        assertEquals(width, graph.layers().size());
        graph.layers().forEach(layer -> assertEquals(width, layer.size()));
        Set<String> below = timed("wide first+", () -> Selector.parse(List.of("m" + pad(0) + "+"), null)
                .apply(graph));
        assertTrue(below.size() > SIZE / 2, "reaches most of the graph: " + below.size());
        Set<String> all = timed("wide select all", () -> Selector.parse(null, List.of("m0000*")).apply(graph));
        assertEquals(SIZE - 10, all.size());
    }

    @Test
    void oneHugeLoopIsReportedWithoutDeepRecursion() {
        List<GraphNode> nodes = new ArrayList<>();
        List<Map.Entry<String, String>> edges = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            nodes.add(model(i, Set.of()));
            edges.add(Map.entry(id(i), id((i + 1) % SIZE)));
        }
        ModelGraph graph = timed("ring build", () -> ModelGraph.build(nodes, edges));
        assertEquals(1, graph.cycles().size());
        assertEquals(SIZE, graph.cycles().get(0).uniqueIds().size());
        assertEquals(id(0), graph.cycles().get(0).uniqueIds().get(0));
        assertEquals(SIZE, graph.topologicalOrder().size());
        assertEquals(1, graph.layers().size());
        assertEquals(SIZE, timed("ring +m00000", () -> Selector.parse(List.of("+m" + pad(0)), null).apply(graph))
                .size());
    }

    private static GraphNode model(int index, Set<String> tags) {
        String name = "m" + pad(index);
        return new GraphNode(id(index), NodeKind.MODEL, "big", name, List.of("big", name),
                "models/" + name + ".sql", tags, Map.of(), null, true);
    }

    private static String id(int index) {
        return "model.big.m" + pad(index);
    }

    private static String pad(int index) {
        return String.format("%05d", index);
    }

    private static <T> T timed(String label, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf("%s: %d ms%n", label, (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
