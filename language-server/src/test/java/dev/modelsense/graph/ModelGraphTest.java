package dev.modelsense.graph;

import static dev.modelsense.graph.FixtureProject.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ModelGraphTest {
    private final ModelGraph graph = FixtureProject.graph();

    @Test
    void looksUpNodesByUniqueId() {
        assertEquals(NodeKind.MODEL, graph.node(ORDERS).orElseThrow().kind());
        assertTrue(graph.node("model.shop.nope").isEmpty());
        assertEquals(FixtureProject.nodes().size(), graph.nodes().size());
    }

    @Test
    void parentsAndChildrenFollowEdgeDirection() {
        assertEquals(Set.of(STG_ORDERS, CALENDAR), graph.parents(ORDERS));
        assertEquals(Set.of(CUSTOMERS_V2, EXPOSURE, NOT_NULL_TEST, SINGULAR_TEST, SEMANTIC_MODEL, ANALYSIS),
                graph.children(ORDERS));
        assertEquals(Set.of(), graph.parents(RAW_ORDERS));
        assertEquals(Set.of(), graph.children("model.shop.unknown"));
    }

    @Test
    void ancestorsRespectDepthAndExcludeTheNodeItself() {
        assertEquals(Set.of(CUSTOMERS_V2, ORDERS), graph.ancestors(EXPOSURE, 1));
        assertEquals(Set.of(CUSTOMERS_V2, ORDERS, STG_CUSTOMERS, STG_ORDERS, CALENDAR), graph.ancestors(EXPOSURE, 2));
        assertEquals(Set.of(CUSTOMERS_V2, ORDERS, STG_CUSTOMERS, STG_ORDERS, CALENDAR, RAW_ORDERS, RAW_CUSTOMERS,
                COUNTRY_CODES), graph.ancestors(EXPOSURE, -1));
        assertEquals(Set.of(), graph.ancestors(EXPOSURE, 0));
    }

    @Test
    void descendantsRespectDepth() {
        assertEquals(Set.of(ORDERS, OLD_ORDERS, SNAPSHOT), graph.descendants(STG_ORDERS, 1));
        Set<String> all = graph.descendants(STG_ORDERS, -1);
        assertTrue(all.containsAll(Set.of(ORDERS, METRIC, EXPOSURE, USES_LOOP, SINGULAR_TEST)));
        assertFalse(all.contains(STG_ORDERS));
    }

    @Test
    void walksThroughLoopsTerminate() {
        assertEquals(Set.of(LOOP_B), graph.ancestors(LOOP_A, -1));
        assertEquals(Set.of(LOOP_A, LOOP_B), graph.ancestors(USES_LOOP, -1).stream()
                .filter(id -> id.contains("loop_")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(Set.of(TRI_B, TRI_C), graph.descendants(TRI_A, -1));
    }

    @Test
    void reportsEachElementaryLoopOnceInEdgeOrderFromItsSmallestId() {
        assertEquals(List.of(
                new Cycle(List.of(LOOP_A, LOOP_B)),
                new Cycle(List.of(TRI_A, TRI_B, TRI_C)),
                new Cycle(List.of(TRI_B, TRI_C))), graph.cycles());
    }

    @Test
    void reportsASelfReferenceAsALoopOfOne() {
        ModelGraph selfLoop = ModelGraph.build(List.of(model("a"), model("b")),
                List.of(Map.entry("model.p.a", "model.p.a"), Map.entry("model.p.a", "model.p.b")));
        assertEquals(List.of(new Cycle(List.of("model.p.a"))), selfLoop.cycles());
        assertEquals(List.of("model.p.a", "model.p.b"), selfLoop.topologicalOrder());
    }

    @Test
    void loopOrderFollowsEdgesNotNames() {
        // c -> b -> a -> c: starting from the smallest id, the loop reads a, c, b
        ModelGraph reversed = ModelGraph.build(List.of(model("a"), model("b"), model("c")),
                List.of(Map.entry("model.p.c", "model.p.b"), Map.entry("model.p.b", "model.p.a"),
                        Map.entry("model.p.a", "model.p.c")));
        assertEquals(List.of(new Cycle(List.of("model.p.a", "model.p.c", "model.p.b"))), reversed.cycles());
    }

    @Test
    void acyclicGraphHasNoCycles() {
        ModelGraph chain = ModelGraph.build(List.of(model("a"), model("b")),
                List.of(Map.entry("model.p.a", "model.p.b")));
        assertEquals(List.of(), chain.cycles());
    }

    @Test
    void denseLoopsStayWithinBudgetAndStillCoverEveryNode() {
        // a complete digraph on 12 nodes has far more elementary cycles than the budget
        List<GraphNode> nodes = new ArrayList<>();
        List<Map.Entry<String, String>> edges = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            nodes.add(model("n" + (char) ('a' + i)));
            for (int j = 0; j < 12; j++) {
                if (i != j) {
                    edges.add(Map.entry("model.p.n" + (char) ('a' + i), "model.p.n" + (char) ('a' + j)));
                }
            }
        }
        ModelGraph dense = ModelGraph.build(nodes, edges);
        List<Cycle> cycles = dense.cycles();
        assertTrue(cycles.size() >= CycleFinder.ENUMERATION_BUDGET
                && cycles.size() <= CycleFinder.ENUMERATION_BUDGET + 12, "cycles: " + cycles.size());
        Set<String> covered = new HashSet<>();
        cycles.forEach(cycle -> covered.addAll(cycle.uniqueIds()));
        assertEquals(12, covered.size());
        for (Cycle cycle : cycles) {
            assertIsLoop(dense, cycle);
        }
    }

    @Test
    void topologicalOrderPutsParentsFirstAndLoopsLast() {
        List<String> order = graph.topologicalOrder();
        assertEquals(graph.nodes().size(), order.size());
        assertEquals(graph.nodes().size(), new HashSet<>(order).size());
        Set<String> onLoops = Set.of(LOOP_A, LOOP_B, TRI_A, TRI_B, TRI_C);
        Map<String, Integer> position = positions(order);
        for (Map.Entry<String, String> edge : FixtureProject.edges()) {
            if (!onLoops.contains(edge.getKey()) || !onLoops.contains(edge.getValue())) {
                assertTrue(position.get(edge.getKey()) < position.get(edge.getValue()), edge.toString());
            }
        }
        // loops and what hangs below them come after every node they do not block
        assertEquals(Set.of(LOOP_A, LOOP_B, TRI_A, TRI_B, TRI_C, USES_LOOP),
                new HashSet<>(order.subList(order.size() - 6, order.size())));
        // below a loop still means after it
        assertTrue(position.get(LOOP_A) < position.get(USES_LOOP));
        assertTrue(position.get(LOOP_B) < position.get(USES_LOOP));
    }

    @Test
    void topologicalOrderIsSmallestReadyIdFirst() {
        ModelGraph diamond = ModelGraph.build(List.of(model("d"), model("c"), model("b"), model("a")),
                List.of(Map.entry("model.p.d", "model.p.a"), Map.entry("model.p.c", "model.p.a"),
                        Map.entry("model.p.b", "model.p.d")));
        assertEquals(List.of("model.p.b", "model.p.c", "model.p.d", "model.p.a"), diamond.topologicalOrder());
    }

    @Test
    void buildIsDeterministicWhateverTheInputOrder() {
        List<GraphNode> nodes = new ArrayList<>(FixtureProject.nodes());
        List<Map.Entry<String, String>> edges = new ArrayList<>(FixtureProject.edges());
        Collections.shuffle(nodes, new Random(7));
        Collections.shuffle(edges, new Random(11));
        ModelGraph shuffled = ModelGraph.build(nodes, edges);
        assertEquals(graph.topologicalOrder(), shuffled.topologicalOrder());
        assertEquals(graph.layers(), shuffled.layers());
        assertEquals(graph.cycles(), shuffled.cycles());
    }

    @Test
    void layersDependOnlyOnEarlierLayers() {
        List<List<String>> layers = graph.layers();
        assertEquals(List.of(COUNTRY_CODES, CALENDAR, LOOP_A, LOOP_B, TRI_A, TRI_B, TRI_C, RAW_CUSTOMERS,
                RAW_ORDERS).stream().sorted().toList(), layers.get(0));
        assertEquals(List.of(STG_CUSTOMERS, STG_ORDERS, STG_PAYMENTS).stream().sorted().toList(), layers.get(1));
        assertEquals(List.of(CUSTOMERS_V1, OLD_ORDERS, ORDERS, SNAPSHOT).stream().sorted().toList(),
                layers.get(2));
        Map<String, Integer> layerOf = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            for (String id : layers.get(i)) {
                layerOf.put(id, i);
            }
        }
        assertEquals(graph.nodes().size(), layerOf.size());
        Set<String> onLoops = Set.of(LOOP_A, LOOP_B, TRI_A, TRI_B, TRI_C);
        for (Map.Entry<String, String> edge : FixtureProject.edges()) {
            if (onLoops.contains(edge.getKey()) && onLoops.contains(edge.getValue())) {
                assertEquals(layerOf.get(edge.getKey()), layerOf.get(edge.getValue()), "loop members share a layer");
            } else {
                assertTrue(layerOf.get(edge.getKey()) < layerOf.get(edge.getValue()), edge.toString());
            }
        }
    }

    @Test
    void keepsEdgesToUnknownNodesAside() {
        ModelGraph withMissingRef = ModelGraph.build(List.of(model("a")),
                List.of(Map.entry("model.p.missing", "model.p.a")));
        assertEquals(List.of(Map.entry("model.p.missing", "model.p.a")), withMissingRef.danglingEdges());
        assertEquals(Set.of(), withMissingRef.parents("model.p.a"));
    }

    @Test
    void isImmutable() {
        assertThrows(UnsupportedOperationException.class, () -> graph.children(ORDERS).clear());
        assertThrows(UnsupportedOperationException.class, () -> graph.nodes().clear());
        assertThrows(UnsupportedOperationException.class, () -> graph.topologicalOrder().clear());
        assertThrows(UnsupportedOperationException.class, () -> graph.asGraph().addVertex("x"));
    }

    @Test
    void derivesTheSourceNameFromTheUniqueId() {
        assertEquals("raw", graph.node(RAW_ORDERS).orElseThrow().sourceName());
        GraphNode dotted = FixtureProject.node("source.p.my_src.my_table", NodeKind.SOURCE, "p", "my_table",
                List.of("p", "my_src", "my_table"), "models/src.yml", Set.of(), Map.of());
        assertEquals("my_src", dotted.sourceName());
    }

    static GraphNode model(String name) {
        return FixtureProject.node("model.p." + name, NodeKind.MODEL, "p", name, List.of("p", name),
                "models/" + name + ".sql", Set.of(), Map.of());
    }

    private static Map<String, Integer> positions(List<String> order) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        return position;
    }

    private static void assertIsLoop(ModelGraph graph, Cycle cycle) {
        List<String> ids = cycle.uniqueIds();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "elementary: " + ids);
        for (int i = 0; i < ids.size(); i++) {
            assertTrue(graph.children(ids.get(i)).contains(ids.get((i + 1) % ids.size())), "edge in " + ids);
        }
        assertEquals(ids.stream().sorted().findFirst().orElseThrow(), ids.get(0));
    }
}
