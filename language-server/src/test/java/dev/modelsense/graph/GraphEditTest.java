package dev.modelsense.graph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.modelsense.graph.ModelGraphTest.model;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An edited graph must be exactly the graph a full build of the edited project gives. */
class GraphEditTest {

    @Test
    void replacingParentsEqualsAFullBuild() {
        Random random = new Random(7);
        List<GraphNode> nodes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            nodes.add(model("m" + i));
        }
        List<Map.Entry<String, String>> edges = new ArrayList<>();
        for (int i = 1; i < 40; i++) {
            edges.add(Map.entry("model.p.m" + random.nextInt(i), "model.p.m" + i));
        }
        edges.add(Map.entry("model.p.missing", "model.p.m5"));
        ModelGraph graph = ModelGraph.build(nodes, edges);
        for (int round = 0; round < 30; round++) {
            String edited = "model.p.m" + (1 + random.nextInt(39));
            List<String> parents = new ArrayList<>();
            for (int p = 0; p < random.nextInt(4); p++) {
                parents.add(random.nextBoolean() ? "model.p.m" + random.nextInt(40) : "model.p.gone" + p);
            }
            edges.removeIf(edge -> edge.getValue().equals(edited));
            parents.forEach(parent -> edges.add(Map.entry(parent, edited)));
            graph = graph.replacing(List.of(graph.node(edited).orElseThrow()), Map.of(edited, parents));
            assertSameGraph(ModelGraph.build(nodes, edges), graph);
        }
    }

    private static void assertSameGraph(ModelGraph expected, ModelGraph actual) {
        assertEquals(expected.nodes().stream().map(GraphNode::uniqueId).toList(),
                actual.nodes().stream().map(GraphNode::uniqueId).toList());
        for (GraphNode node : expected.nodes()) {
            assertEquals(List.copyOf(expected.parents(node.uniqueId())), List.copyOf(actual.parents(node.uniqueId())));
            assertEquals(List.copyOf(expected.children(node.uniqueId())),
                    List.copyOf(actual.children(node.uniqueId())));
        }
        assertEquals(new java.util.HashSet<>(expected.danglingEdges()), new java.util.HashSet<>(actual.danglingEdges()));
        assertEquals(expected.cycles(), actual.cycles());
        assertEquals(expected.topologicalOrder(), actual.topologicalOrder());
    }
}
