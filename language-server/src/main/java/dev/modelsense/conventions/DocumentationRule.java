package dev.modelsense.conventions;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.Problem;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.project.ColumnProperties;
import dev.modelsense.project.NodeProperties;
import dev.modelsense.project.Severity;
import dev.modelsense.sql.OutputColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Model and column descriptions and primary-key tests, as the model's layer requires them. */
final class DocumentationRule implements NodeRule {

    @Override
    public List<Finding> check(NodeContext context) {
        ParsedNode node = context.node();
        if (node.spec().kind() != NodeKind.MODEL) {
            return List.of();
        }
        Conventions conventions = context.conventions();
        String layer = conventions.layers().enabled() ? ModelLayers.of(conventions.layers(), node)
                .map(p -> p.layer().name()).orElse(null) : null;
        DocumentationRules.Requirements required = conventions.documentation().forLayer(layer);
        if (!required.any()) {
            return List.of();
        }
        NodeProperties properties = node.spec().properties();
        List<Finding> found = new ArrayList<>();
        if (required.modelDescription() && (properties == null || blank(properties.description()))) {
            found.add(new Finding(CallSites.atName(node, Codes.DOC_MODEL_MISSING, Severity.WARNING,
                    "Model '" + node.name() + "' has no description"), node.uniqueId(),
                    List.of(new Fix.AddDescription(node.uniqueId(), null))));
        }
        if (required.columnDescriptions()) {
            columnDescriptions(context, properties, found);
        }
        if (required.primaryKeyTested()) {
            PrimaryKeys.untested(context, conventions.documentation(), properties).ifPresent(found::add);
        }
        return found;
    }

    private static void columnDescriptions(NodeContext context, NodeProperties properties, List<Finding> found) {
        ParsedNode node = context.node();
        List<ColumnProperties> documented = properties == null ? List.of() : properties.columns();
        for (ColumnProperties column : documented) {
            if (blank(column.description())) {
                Problem problem = column.location() != null && properties.file() != null
                        ? new Problem(Codes.DOC_COLUMN_MISSING, Severity.INFO, "Column '" + column.name()
                        + "' of '" + node.name() + "' has no description", properties.file(),
                        column.location().line(), column.location().column(), List.of())
                        : CallSites.atName(node, Codes.DOC_COLUMN_MISSING, Severity.INFO, "Column '"
                        + column.name() + "' of '" + node.name() + "' has no description");
                found.add(new Finding(problem, node.uniqueId(),
                        List.of(new Fix.AddDescription(node.uniqueId(), column.name()))));
            }
        }
        Set<String> names = new java.util.HashSet<>(documented.stream()
                .map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        Optional<List<OutputColumn>> output = context.outputColumns();
        for (OutputColumn column : output.orElse(List.of())) {
            if (names.add(column.name().toLowerCase(Locale.ROOT))) {
                found.add(new Finding(CallSites.atName(node, Codes.DOC_COLUMN_MISSING, Severity.INFO, "Column '"
                        + column.name() + "' of '" + node.name() + "' is not documented"), node.uniqueId(),
                        List.of(new Fix.AddDescription(node.uniqueId(), column.name()))));
            }
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
