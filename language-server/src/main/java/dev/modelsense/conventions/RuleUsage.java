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

    private record Cached(ProjectSnapshot snapshot, Map<NamingConventions.ModelNaming, Boolean> followed) {
    }

    private volatile Cached cached;

    boolean followed(ProjectSnapshot snapshot, NamingConventions.ModelNaming rule) {
        Cached current = cached;
        if (current == null || current.snapshot() != snapshot) {
            current = new Cached(snapshot, new ConcurrentHashMap<>());
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
