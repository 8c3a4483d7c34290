package dev.modelsense.services;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.SourceNode;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.jinja.MacroInfo;
import dev.modelsense.jinja.MacroKind;
import dev.modelsense.jinja.MacroRegistry;
import dev.modelsense.jinja.RefArgs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Name resolution as dbt does it at compile time, over a snapshot: {@code ref} and {@code source} with dbt's package
 * search order (the named package; else the root project, the caller's package, then any package) and versions,
 * and bare or {@code pkg.}-qualified macro names.
 */
final class ProjectLookup {

    private ProjectLookup() {
    }

    static boolean isRefable(ParsedNode node) {
        NodeKind kind = node.spec().kind();
        return kind == NodeKind.MODEL || kind == NodeKind.SEED || kind == NodeKind.SNAPSHOT;
    }

    /** Enabled models, seeds and snapshots, sorted by package (root first) then name and version. */
    static List<ParsedNode> refables(ProjectSnapshot snapshot) {
        String root = snapshot.project().root().name();
        return snapshot.nodes().values().stream().filter(ParsedNode::enabled).filter(ProjectLookup::isRefable)
                .sorted(Comparator.comparing((ParsedNode n) -> !n.spec().packageName().equals(root))
                        .thenComparing(n -> n.spec().packageName()).thenComparing(ParsedNode::name)
                        .thenComparing(n -> String.valueOf(n.spec().version())))
                .toList();
    }

    /** The arguments of a {@code ref(...)} call; empty when its name is not a literal. */
    static Optional<RefArgs> refArgs(TemplateCalls.Call call) {
        List<TemplateCalls.Argument> positional = call.positional();
        if (positional.isEmpty() || positional.size() > 2) {
            return Optional.empty();
        }
        TemplateCalls.Argument name = positional.get(positional.size() - 1);
        String pkg = positional.size() == 2 ? positional.get(0).value() : null;
        if (name.value() == null || name.value().isEmpty() || positional.size() == 2 && pkg == null) {
            return Optional.empty();
        }
        // dbt: version = kwargs.get('version') or kwargs.get('v')
        Object version = call.keyword("version").or(() -> call.keyword("v")).map(TemplateCalls.Argument::value)
                .orElse(null);
        return Optional.of(new RefArgs(pkg, name.value(), version));
    }

    static Optional<ParsedNode> ref(ProjectSnapshot snapshot, RefArgs ref, String callerPackage) {
        List<ParsedNode> named = snapshot.nodes().values().stream().filter(ParsedNode::enabled)
                .filter(ProjectLookup::isRefable).filter(n -> n.name().equals(ref.name())).toList();
        for (String pkg : searchOrder(snapshot, ref.packageName(), callerPackage, named)) {
            List<ParsedNode> versions = named.stream().filter(n -> n.spec().packageName().equals(pkg)).toList();
            if (versions.isEmpty()) {
                continue;
            }
            Object wanted = ref.version() != null ? ref.version() : latestVersion(versions);
            for (ParsedNode node : versions) {
                if (wanted == null ? node.spec().version() == null : sameVersion(node.spec().version(), wanted)) {
                    return Optional.of(node);
                }
            }
            if (ref.version() == null) {
                return Optional.of(versions.get(0));
            }
        }
        return Optional.empty();
    }

    /** Every version of a model (one node for an unversioned model), sorted by version. */
    static List<ParsedNode> versionsOf(ProjectSnapshot snapshot, ParsedNode model) {
        return snapshot.nodes().values().stream()
                .filter(n -> n.spec().kind() == model.spec().kind() && n.name().equals(model.name())
                        && n.spec().packageName().equals(model.spec().packageName()))
                .sorted(Comparator.comparing(n -> String.valueOf(n.spec().version()))).toList();
    }

    /** The declared {@code latest_version}, else the greatest version, as dbt picks it for an unpinned ref. */
    static Object latestVersion(List<ParsedNode> versions) {
        Object latest = null;
        for (ParsedNode node : versions) {
            if (node.spec().properties() != null && node.spec().properties().latestVersion() != null) {
                return node.spec().properties().latestVersion();
            }
            Object v = node.spec().version();
            if (v != null && (latest == null || compareVersions(v, latest) > 0)) {
                latest = v;
            }
        }
        return latest;
    }

    static boolean sameVersion(Object a, Object b) {
        return a != null && b != null && normalize(a).equals(normalize(b));
    }

    private static String normalize(Object version) {
        String text = String.valueOf(version);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static int compareVersions(Object a, Object b) {
        try {
            return Double.compare(Double.parseDouble(String.valueOf(a)), Double.parseDouble(String.valueOf(b)));
        } catch (NumberFormatException e) {
            return String.valueOf(a).compareTo(String.valueOf(b));
        }
    }

    static Optional<SourceNode> source(ProjectSnapshot snapshot, String sourceName, String tableName,
                                       String callerPackage) {
        List<SourceNode> matches = snapshot.sources().values().stream()
                .filter(s -> s.sourceName().equals(sourceName) && s.tableName().equals(tableName)).toList();
        for (String pkg : searchOrder(snapshot, null, callerPackage, List.of())) {
            Optional<SourceNode> found = matches.stream().filter(s -> s.packageName().equals(pkg)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return matches.stream().findFirst();
    }

    /** dbt's {@code _packages_to_search}: the named package, else root, caller, then every other package. */
    private static List<String> searchOrder(ProjectSnapshot snapshot, String explicitPackage, String callerPackage,
                                            List<ParsedNode> candidates) {
        if (explicitPackage != null) {
            return List.of(explicitPackage);
        }
        Set<String> order = new LinkedHashSet<>();
        order.add(snapshot.project().root().name());
        if (callerPackage != null) {
            order.add(callerPackage);
        }
        snapshot.project().packages().forEach(p -> order.add(p.name()));
        candidates.forEach(n -> order.add(n.spec().packageName()));
        return new ArrayList<>(order);
    }

    /**
     * A macro as a call names it: {@code pkg.name} in that package; a bare name in the caller's package, then the root
     * project, then dbt's own macros (dbt's {@code MacroNamespace} order).
     */
    static Optional<MacroInfo> macro(ProjectSnapshot snapshot, String dottedName, String callerPackage) {
        MacroRegistry macros = snapshot.macros();
        int dot = dottedName.lastIndexOf('.');
        if (dot > 0) {
            String pkg = dottedName.substring(0, dot);
            return macros.find(pkg, dottedName.substring(dot + 1)).filter(m -> m.kind() == MacroKind.MACRO);
        }
        for (String pkg : new LinkedHashSet<>(List.of(Objects.requireNonNullElse(callerPackage, macros.rootPackage()),
                macros.rootPackage(), MacroRegistry.INTERNAL_PACKAGE))) {
            Optional<MacroInfo> found = macros.find(pkg, dottedName).filter(m -> m.kind() == MacroKind.MACRO);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The name a custom materialization is used by in {@code materialized=}: {@code materialization x, adapter=..}. */
    static String materializationName(MacroInfo info) {
        String header = info.signature() == null ? "" : info.signature().strip();
        int comma = header.indexOf(',');
        String name = (comma < 0 ? header : header.substring(0, comma)).strip();
        return name.isEmpty() ? info.name() : name;
    }
}
