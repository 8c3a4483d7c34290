package dev.modelsense.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Shorthands for selecting on the fixture project. */
final class SelectionTestSupport {
    static final ModelGraph GRAPH = FixtureProject.graph();

    private SelectionTestSupport() {
    }

    /** dbt's default indirect selection: tests on selected nodes come along. */
    static Set<String> select(String... values) {
        return Selector.parse(List.of(values), null).apply(GRAPH);
    }

    /** Without indirect test selection, to state what a method itself matches. */
    static Set<String> matched(String... values) {
        return Selector.parse(List.of(values), null, IndirectSelection.EMPTY).apply(GRAPH);
    }

    static Set<String> selectExcluding(List<String> select, String... exclude) {
        return Selector.parse(select, List.of(exclude)).apply(GRAPH);
    }

    static Set<String> ids(String... ids) {
        return new TreeSet<>(Arrays.asList(ids));
    }
}
