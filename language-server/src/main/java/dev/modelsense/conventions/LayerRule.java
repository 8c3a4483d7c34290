package dev.modelsense.conventions;

import dev.modelsense.compile.NodeCalls;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.project.Severity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A model's place in the layers: who may read sources, which way dependencies point, staging models reading one
 * source, models mixing sources and models, fan-out and rejoined upstream models. Each finding points at the
 * offending {@code ref}/{@code source} call (or the model's name for fan-out).
 */
final class LayerRule implements NodeRule {

    @Override
    public List<Finding> check(NodeContext context) {
        ParsedNode node = context.node();
        LayerRules rules = context.conventions().layers();
        if (node.spec().kind() != NodeKind.MODEL || !rules.enabled()) {
            return List.of();
        }
        ProjectSnapshot snapshot = context.snapshot();
        Optional<Layer> layer = ModelLayers.of(rules, node).map(ModelLayers.Placement::layer);
        CallSites sites = CallSites.lazy(node); // scanning the SQL for calls only pays when a finding needs one
        List<ParsedNode> parents = modelParents(snapshot, node);
        List<NodeCalls.SourceCall> sources = new ArrayList<>(new LinkedHashSet<>(node.sources()));
        List<Finding> found = new ArrayList<>();
        boolean sourceOutside = layer.isPresent() && !rules.sourceLayers().contains(layer.get().name())
                && !sources.isEmpty();
        if (sourceOutside) {
            for (NodeCalls.SourceCall source : sources) {
                found.add(finding(node, sites.at(sites.source(source.sourceName(), source.tableName()),
                        Codes.SOURCE_OUTSIDE_STAGING, Severity.WARNING, "'" + node.name() + "' is in the "
                                + layer.get().name() + " layer but reads " + describe(source) + " directly; only "
                                + String.join("/", rules.sourceLayers().stream().sorted().toList())
                                + " models should read sources")));
            }
        }
        List<String> systems = sources.stream().map(NodeCalls.SourceCall::sourceName).distinct().toList();
        if (layer.isPresent() && rules.sourceLayers().contains(layer.get().name()) && systems.size() > 1) {
            // tables of one source unioned in staging are common practice; joining two systems is not
            NodeCalls.SourceCall second = sources.stream().filter(s -> s.sourceName().equals(systems.get(1)))
                    .findFirst().orElseThrow();
            found.add(finding(node, sites.at(sites.source(second.sourceName(), second.tableName()),
                    Codes.STAGING_MULTIPLE_SOURCES, Severity.WARNING, "'" + node.name() + "' reads the sources "
                            + String.join(" and ", systems.stream().map(n -> "'" + n + "'").toList()) + "; a "
                            + layer.get().name() + " model should read exactly one source")));
        }
        if (!sourceOutside && !sources.isEmpty() && !parents.isEmpty()) {
            NodeCalls.SourceCall first = sources.get(0);
            found.add(finding(node, sites.at(sites.source(first.sourceName(), first.tableName()),
                    Codes.DIRECT_JOIN_TO_SOURCE, Severity.WARNING, "'" + node.name() + "' reads both "
                            + describe(first) + " and other models; read the source through its staging model")));
        }
        layer.ifPresent(own -> wrongDirection(rules, own, node, parents, sites, found));
        fanout(rules, snapshot, node, found);
        if (rules.reportRejoin()) {
            rejoins(snapshot, node, parents, sites, found);
        }
        return found;
    }

    private static void wrongDirection(LayerRules rules, Layer own, ParsedNode node, List<ParsedNode> parents,
                                       CallSites sites, List<Finding> found) {
        for (ParsedNode parent : parents) {
            Optional<Layer> parentLayer = ModelLayers.of(rules, parent).map(ModelLayers.Placement::layer);
            if (parentLayer.isEmpty() || own.mayDependOn().contains(parentLayer.get().name())) {
                continue;
            }
            String why = parentLayer.get().name().equals(own.name())
                    ? own.name() + " models should not depend on each other"
                    : "the " + own.name() + " layer may not depend on the " + parentLayer.get().name() + " layer";
            found.add(finding(node, sites.at(sites.ref(parent.name()), Codes.WRONG_DIRECTION, Severity.WARNING,
                    "'" + node.name() + "' (" + own.name() + ") depends on '" + parent.name() + "' ("
                            + parentLayer.get().name() + "): " + why)));
        }
    }

    private static void fanout(LayerRules rules, ProjectSnapshot snapshot, ParsedNode node, List<Finding> found) {
        if (rules.fanoutLimit() <= 0) {
            return;
        }
        int children = modelChildren(snapshot, node.uniqueId()).size();
        if (children > rules.fanoutLimit()) {
            found.add(finding(node, CallSites.atName(node, Codes.FANOUT, Severity.WARNING, "'" + node.name()
                    + "' has " + children + " direct child models, more than the limit of " + rules.fanoutLimit())));
        }
    }

    /** A→B→C and A→C where B exists only for C: C reads A twice, once through a model that could be folded in. */
    private static void rejoins(ProjectSnapshot snapshot, ParsedNode node, List<ParsedNode> parents, CallSites sites,
                                List<Finding> found) {
        for (ParsedNode middle : parents) {
            if (!modelChildren(snapshot, middle.uniqueId()).equals(Set.of(node.uniqueId()))) {
                continue;
            }
            Set<String> middleParents = snapshot.graph().parents(middle.uniqueId());
            for (ParsedNode upstream : parents) {
                if (upstream != middle && middleParents.contains(upstream.uniqueId())) {
                    found.add(finding(node, sites.at(sites.ref(upstream.name()), Codes.REJOIN_UPSTREAM,
                            Severity.INFO, "'" + node.name() + "' reads '" + upstream.name() + "' directly and through '"
                                    + middle.name() + "', which nothing else uses: fold '" + middle.name()
                                    + "' into this model or read '" + upstream.name() + "' only through it")));
                }
            }
        }
    }

    /** The enabled models of the root project this node depends on, in order. */
    private static List<ParsedNode> modelParents(ProjectSnapshot snapshot, ParsedNode node) {
        List<ParsedNode> parents = new ArrayList<>();
        for (String id : new LinkedHashSet<>(node.dependsOn())) {
            ParsedNode parent = snapshot.nodes().get(id);
            if (parent != null && parent.enabled() && parent.spec().kind() == NodeKind.MODEL
                    && ConventionChecks.applies(snapshot, parent)) {
                parents.add(parent);
            }
        }
        return parents;
    }

    private static Set<String> modelChildren(ProjectSnapshot snapshot, String id) {
        Set<String> children = new LinkedHashSet<>();
        for (String child : snapshot.graph().children(id)) {
            ParsedNode node = snapshot.nodes().get(child);
            if (node != null && node.enabled() && node.spec().kind() == NodeKind.MODEL) {
                children.add(child);
            }
        }
        return children;
    }

    private static String describe(NodeCalls.SourceCall source) {
        return "source('" + source.sourceName() + "', '" + source.tableName() + "')";
    }

    private static Finding finding(ParsedNode node, dev.modelsense.compile.Problem problem) {
        return new Finding(problem, node.uniqueId());
    }
}
