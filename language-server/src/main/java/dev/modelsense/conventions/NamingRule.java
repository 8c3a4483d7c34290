package dev.modelsense.conventions;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.project.Severity;

import java.util.List;
import java.util.Optional;

/** Model names against the first naming rule that selects them; seed names against the seed patterns. */
final class NamingRule implements NodeRule {

    private final RuleUsage usage = new RuleUsage();

    @Override
    public List<Finding> check(NodeContext context) {
        ParsedNode node = context.node();
        NodeKind kind = node.spec().kind();
        NamingConventions naming = context.conventions().naming();
        if (kind == NodeKind.SEED) {
            return checkSeed(node, naming.seeds());
        }
        if (kind != NodeKind.MODEL) {
            return List.of();
        }
        LayerRules layers = context.conventions().layers();
        Optional<NamingConventions.ModelNaming> rule = naming.models().stream()
                .filter(candidate -> selects(candidate, layers, node)).findFirst();
        if (rule.isEmpty() || rule.get().patterns().stream().anyMatch(p -> p.matches(node.name()))
                || (rule.get().onlyWhereUsed() && !usage.followed(context.snapshot(), rule.get()))) {
            return List.of();
        }
        List<NameTemplate> patterns = rule.get().patterns();
        var values = ModelNames.placeholderValues(layers, node);
        Optional<String> suggestion = patterns.stream().map(p -> p.fill(values)).flatMap(Optional::stream)
                .filter(name -> !name.equals(node.name())).findFirst();
        String message = "Model name '" + node.name() + "' does not follow the naming convention for models "
                + rule.get().selection() + ": " + describe(patterns)
                + suggestion.map(name -> " (e.g. '" + name + "')").orElse("");
        return List.of(new Finding(CallSites.atName(node, Codes.MODEL_NAME, Severity.WARNING, message),
                node.uniqueId(), suggestion.<List<Fix>>map(name -> List.of(new Fix.RenameModel(node.uniqueId(), name)))
                .orElse(List.of())));
    }

    private static List<Finding> checkSeed(ParsedNode node, List<NameTemplate> patterns) {
        if (patterns.isEmpty() || patterns.stream().anyMatch(p -> p.matches(node.name()))) {
            return List.of();
        }
        return List.of(new Finding(CallSites.atName(node, Codes.SEED_NAME, Severity.WARNING, "Seed name '"
                + node.name() + "' does not follow the naming convention for seeds: " + describe(patterns)),
                node.uniqueId()));
    }

    private static boolean selects(NamingConventions.ModelNaming rule, LayerRules layers, ParsedNode node) {
        if (rule.path() != null && !rule.path().matches(node.spec().file().originalFilePath())) {
            return false;
        }
        if (rule.materialized() != null && !rule.materialized().equalsIgnoreCase(node.materialized())) {
            return false;
        }
        if (rule.layer() != null) {
            // a layer told only by the name's prefix would make the check circular: the folder must say it
            return layers.enabled() && ModelLayers.of(layers, node)
                    .filter(p -> p.byFolder() && p.layer().name().equals(rule.layer())).isPresent();
        }
        return true;
    }

    static String describe(List<NameTemplate> patterns) {
        return String.join(" or ", patterns.stream().map(NameTemplate::describe).toList());
    }
}
