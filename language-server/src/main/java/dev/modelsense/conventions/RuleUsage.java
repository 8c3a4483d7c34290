package dev.modelsense.conventions;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.graph.NodeKind;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether any model of a snapshot's project already follows a naming rule, computed once per rule and snapshot
 * (the check runs for every model; scanning the project each time would be quadratic).
 */
final class RuleUsage {

    /** Per snapshot shape: an edit of a model's code renames nothing. */
    private record Cached(Object shape, Map<NamingConventions.ModelNaming, Boolean> followed) {
    }

    private volatile Cached cached;

    boolean followed(ProjectSnapshot snapshot, NamingConventions.ModelNaming rule) {
        Cached current = cached;
        if (current == null || current.shape() != snapshot.shape()) {
            current = new Cached(snapshot.shape(), new ConcurrentHashMap<>());
            cached = current;
        }
        return current.followed().computeIfAbsent(rule, r -> scan(snapshot, r));
    }

    private static boolean scan(ProjectSnapshot snapshot, NamingConventions.ModelNaming rule) {
        for (ParsedNode node : snapshot.nodes().values()) {
            if (node.spec().kind() == NodeKind.MODEL && ConventionChecks.applies(snapshot, node)
                    && rule.patterns().stream().anyMatch(p -> p.matches(node.name()))) {
                return true;
            }
        }
        return false;
    }
}
