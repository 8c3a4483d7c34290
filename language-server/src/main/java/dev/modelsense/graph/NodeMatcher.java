package dev.modelsense.graph;

/** The node test of one selector method with its value, e.g. {@code tag:nightly}. */
@FunctionalInterface
interface NodeMatcher {
    boolean matches(GraphNode node, ModelGraph graph);
}
