package dev.modelsense.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tarjan's strongly connected components, iterative so a 10,000-model chain cannot overflow the stack.
 * Tarjan emits components children-first; {@link #inTopologicalOrder()} gives them parents-first.
 */
final class StronglyConnectedComponents {
    private final List<List<String>> components = new ArrayList<>();
    private final Map<String, Integer> componentOf = new HashMap<>();

    private StronglyConnectedComponents() {
    }

    static StronglyConnectedComponents of(Collection<String> nodes, Map<String, Set<String>> children) {
        StronglyConnectedComponents result = new StronglyConnectedComponents();
        result.run(nodes, children);
        return result;
    }

    /** Components, each sorted by id, parents' components before children's. */
    List<List<String>> inTopologicalOrder() {
        return components;
    }

    int componentOf(String node) {
        return componentOf.get(node);
    }

    private void run(Collection<String> nodes, Map<String, Set<String>> children) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> lowLink = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<List<String>> found = new ArrayList<>();
        int counter = 0;

        for (String root : nodes) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Frame> calls = new ArrayDeque<>();
            calls.push(new Frame(root, children.getOrDefault(root, Set.of()).iterator()));
            index.put(root, counter);
            lowLink.put(root, counter);
            counter++;
            stack.push(root);
            onStack.add(root);

            while (!calls.isEmpty()) {
                Frame frame = calls.peek();
                if (frame.successors.hasNext()) {
                    String next = frame.successors.next();
                    if (!index.containsKey(next)) {
                        index.put(next, counter);
                        lowLink.put(next, counter);
                        counter++;
                        stack.push(next);
                        onStack.add(next);
                        calls.push(new Frame(next, children.getOrDefault(next, Set.of()).iterator()));
                    } else if (onStack.contains(next)) {
                        lowLink.put(frame.node, Math.min(lowLink.get(frame.node), index.get(next)));
                    }
                    continue;
                }
                calls.pop();
                if (!calls.isEmpty()) {
                    String caller = calls.peek().node;
                    lowLink.put(caller, Math.min(lowLink.get(caller), lowLink.get(frame.node)));
                }
                if (lowLink.get(frame.node).equals(index.get(frame.node))) {
                    List<String> component = new ArrayList<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(frame.node));
                    component.sort(null);
                    found.add(List.copyOf(component));
                }
            }
        }
        // Tarjan emits a component only after every component reachable from it: reverse for parents first.
        for (int i = found.size() - 1; i >= 0; i--) {
            int id = components.size();
            components.add(found.get(i));
            for (String member : found.get(i)) {
                componentOf.put(member, id);
            }
        }
    }

    private record Frame(String node, Iterator<String> successors) {
    }
}
