package dev.modelsense.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves a spec against one graph as dbt's {@code NodeSelector} does. Only enabled nodes are graph members:
 * they alone are matched, and graph operators walk only through them (dbt drops disabled nodes from the graph).
 * Each criterion also pulls in the tests on its nodes according to the indirect-selection mode; tests that only
 * qualify later (cautious, buildable) travel as "indirect" until a set operation settles them.
 */
final class SelectionEvaluator {
    private final ModelGraph graph;

    SelectionEvaluator(ModelGraph graph) {
        this.graph = graph;
    }

    /** Direct nodes are selected; indirect ones are tests waiting for all their parents to be selected. */
    record Picked(Set<String> direct, Set<String> indirect) {
    }

    Set<String> members() {
        Set<String> members = new HashSet<>();
        for (GraphNode node : graph.nodes()) {
            if (node.enabled()) {
                members.add(node.uniqueId());
            }
        }
        return members;
    }

    Picked evaluate(SelectionSpec spec, IndirectSelection mode) {
        if (spec instanceof SelectionSpec.Criterion criterion) {
            return criterion(criterion, mode);
        }
        return group((SelectionSpec.Group) spec);
    }

    private Picked criterion(SelectionSpec.Criterion criterion, IndirectSelection mode) {
        Set<String> collected = new HashSet<>();
        for (GraphNode node : graph.nodes()) {
            if (node.enabled() && criterion.matcher().matches(node, graph)) {
                collected.add(node.uniqueId());
            }
        }
        Set<String> selected = new HashSet<>(collected);
        if (criterion.childrensParents()) {
            // @x: x, everything below it, and everything above any of those
            Set<String> base = new HashSet<>(collected);
            base.addAll(graph.reachable(collected, false, Traversal.UNLIMITED, this::isMember));
            selected.addAll(base);
            selected.addAll(graph.reachable(base, true, Traversal.UNLIMITED, this::isMember));
        }
        if (criterion.parents()) {
            selected.addAll(graph.reachable(collected, true, criterion.parentsDepth(), this::isMember));
        }
        if (criterion.children()) {
            selected.addAll(graph.reachable(collected, false, criterion.childrenDepth(), this::isMember));
        }
        return mode == IndirectSelection.EMPTY ? new Picked(selected, Set.of()) : expand(selected, mode);
    }

    /** dbt's {@code expand_selection}: tests directly below the selection. */
    private Picked expand(Set<String> selected, IndirectSelection mode) {
        Set<String> direct = new HashSet<>(selected);
        Set<String> indirect = new HashSet<>();
        Set<String> selectedAndAncestors = mode == IndirectSelection.BUILDABLE
                ? withAncestorsAndSources(selected) : Set.of();
        for (String parent : selected) {
            for (String child : graph.children(parent)) {
                if (!isTest(child) || direct.contains(child)) {
                    continue;
                }
                Set<String> testParents = graph.parents(child);
                if (mode == IndirectSelection.EAGER || selected.containsAll(testParents)) {
                    direct.add(child);
                } else if (mode == IndirectSelection.BUILDABLE && selectedAndAncestors.containsAll(testParents)) {
                    direct.add(child);
                } else {
                    indirect.add(child);
                }
            }
        }
        return new Picked(direct, indirect);
    }

    private Picked group(SelectionSpec.Group group) {
        List<Set<String>> directSets = new ArrayList<>();
        List<Set<String>> indirectSets = new ArrayList<>();
        for (SelectionSpec component : group.components()) {
            Picked picked = evaluate(component, group.indirectSelection());
            directSets.add(picked.direct());
            Set<String> all = new HashSet<>(picked.direct());
            all.addAll(picked.indirect());
            indirectSets.add(all);
        }
        Set<String> initialDirect = combine(group.operation(), directSets);
        Set<String> indirect = combine(group.operation(), indirectSets);
        return new Picked(incorporate(initialDirect, indirect, group.indirectSelection()), indirect);
    }

    /** dbt's {@code incorporate_indirect_nodes}: tests whose parents are now all selected join the selection. */
    private Set<String> incorporate(Set<String> direct, Set<String> indirect, IndirectSelection mode) {
        if (direct.equals(indirect)) {
            return direct;
        }
        Set<String> selected = new HashSet<>(direct);
        if (mode == IndirectSelection.CAUTIOUS) {
            for (String test : indirect) {
                if (selected.containsAll(graph.parents(test))) {
                    selected.add(test);
                }
            }
        } else if (mode == IndirectSelection.BUILDABLE) {
            Set<String> selectedAndAncestors = new HashSet<>(selected);
            selectedAndAncestors.addAll(graph.reachable(selected, true, Traversal.UNLIMITED, this::isMember));
            for (String test : indirect) {
                if (selectedAndAncestors.containsAll(graph.parents(test))) {
                    selected.add(test);
                }
            }
        }
        return selected;
    }

    private static Set<String> combine(SelectionSpec.Operation operation, List<Set<String>> sets) {
        if (sets.isEmpty()) {
            return new HashSet<>();
        }
        Set<String> result = new HashSet<>(sets.get(0));
        for (Set<String> next : sets.subList(1, sets.size())) {
            switch (operation) {
                case UNION -> result.addAll(next);
                case INTERSECTION -> result.retainAll(next);
                case DIFFERENCE -> result.removeAll(next);
            }
        }
        return result;
    }

    private Set<String> withAncestorsAndSources(Set<String> selected) {
        Set<String> result = new HashSet<>(selected);
        result.addAll(graph.reachable(selected, true, Traversal.UNLIMITED, this::isMember));
        for (GraphNode node : graph.nodes()) {
            if (node.kind() == NodeKind.SOURCE) {
                result.add(node.uniqueId());
            }
        }
        return result;
    }

    private boolean isMember(String uniqueId) {
        return graph.node(uniqueId).map(GraphNode::enabled).orElse(false);
    }

    private boolean isTest(String uniqueId) {
        return graph.node(uniqueId).map(node -> node.enabled() && node.kind() == NodeKind.TEST).orElse(false);
    }
}
