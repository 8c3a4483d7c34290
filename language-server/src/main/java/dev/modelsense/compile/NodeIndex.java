package dev.modelsense.compile;

import dev.modelsense.jinja.RefArgs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds what {@code ref()} and {@code source()} point to, with dbt's package search order: the named package; else the
 * root project, then the calling node's package, then any package. Versioned models resolve to the requested version,
 * or to the latest one.
 */
final class NodeIndex {

    private final String rootPackage;
    /** name -> package -> enabled versions of that model (unversioned models have one entry with version null). */
    private final Map<String, Map<String, List<ParsedNode>>> refables = new HashMap<>();
    private final Map<String, Map<String, ParsedNode>> disabledRefables = new HashMap<>();
    private final Map<String, Object> latestVersions;
    private final Map<String, Map<String, SourceNode>> sources = new HashMap<>();

    NodeIndex(String rootPackage, Collection<ParsedNode> nodes, Collection<SourceNode> sourceNodes,
              Map<String, Object> latestVersions) {
        this.rootPackage = rootPackage;
        this.latestVersions = latestVersions;
        for (ParsedNode node : nodes) {
            if (!isRefable(node)) {
                continue;
            }
            if (node.enabled()) {
                refables.computeIfAbsent(node.name(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(node.spec().packageName(), k -> new ArrayList<>()).add(node);
            } else {
                disabledRefables.computeIfAbsent(node.name(), k -> new LinkedHashMap<>())
                        .putIfAbsent(node.spec().packageName(), node);
            }
        }
        for (SourceNode source : sourceNodes) {
            sources.computeIfAbsent(source.sourceName() + "." + source.tableName(), k -> new LinkedHashMap<>())
                    .putIfAbsent(source.packageName(), source);
        }
    }

    private static boolean isRefable(ParsedNode node) {
        return switch (node.spec().kind()) {
            case MODEL, SEED, SNAPSHOT -> true;
            default -> false;
        };
    }

    Lookup<ParsedNode> ref(RefArgs ref, String callerPackage) {
        Map<String, List<ParsedNode>> byPackage = refables.get(ref.name());
        if (byPackage != null) {
            for (String pkg : searchOrder(ref.packageName(), callerPackage, byPackage.keySet())) {
                List<ParsedNode> versions = byPackage.get(pkg);
                if (versions != null) {
                    ParsedNode match = pickVersion(versions, ref.version(), pkg + "." + ref.name());
                    if (match != null) {
                        return new Lookup.Found<>(match);
                    }
                }
            }
        }
        Map<String, ParsedNode> disabled = disabledRefables.get(ref.name());
        if (disabled != null) {
            for (String pkg : searchOrder(ref.packageName(), callerPackage, disabled.keySet())) {
                if (disabled.containsKey(pkg)) {
                    return new Lookup.Disabled<>(disabled.get(pkg).uniqueId());
                }
            }
        }
        return new Lookup.Missing<>(Suggestions.closest(ref.name(), refables.keySet()).orElse(null));
    }

    Lookup<SourceNode> source(String sourceName, String tableName, String callerPackage) {
        Map<String, SourceNode> byPackage = sources.get(sourceName + "." + tableName);
        if (byPackage != null) {
            for (String pkg : searchOrder(null, callerPackage, byPackage.keySet())) {
                SourceNode node = byPackage.get(pkg);
                if (node != null) {
                    return node.enabled() ? new Lookup.Found<>(node) : new Lookup.Disabled<>(node.uniqueId());
                }
            }
        }
        return new Lookup.Missing<>(Suggestions.closest(sourceName + "." + tableName, sources.keySet()).orElse(null));
    }

    /** dbt's {@code _packages_to_search}, with "any package" expanded in the index's insertion order. */
    private List<String> searchOrder(String explicitPackage, String callerPackage, Collection<String> available) {
        if (explicitPackage != null) {
            return List.of(explicitPackage);
        }
        List<String> order = new ArrayList<>();
        order.add(rootPackage);
        if (!callerPackage.equals(rootPackage)) {
            order.add(callerPackage);
        }
        for (String pkg : available) {
            if (!order.contains(pkg)) {
                order.add(pkg);
            }
        }
        return order;
    }

    private ParsedNode pickVersion(List<ParsedNode> versions, Object requested, String key) {
        Object wanted = requested != null ? requested : latestVersions.get(key);
        for (ParsedNode node : versions) {
            Object version = node.spec().version();
            if (wanted == null ? version == null : sameVersion(version, wanted)) {
                return node;
            }
        }
        return requested == null && versions.size() == 1 ? versions.get(0) : null;
    }

    static boolean sameVersion(Object a, Object b) {
        return a != null && b != null && normalize(a).equals(normalize(b));
    }

    private static String normalize(Object version) {
        String text = String.valueOf(version);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
