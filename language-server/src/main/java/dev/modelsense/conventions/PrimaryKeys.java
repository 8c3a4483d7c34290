package dev.modelsense.conventions;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.Problem;
import dev.modelsense.project.ColumnProperties;
import dev.modelsense.project.NodeProperties;
import dev.modelsense.project.Severity;
import dev.modelsense.sql.OutputColumn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a model's primary key is tested, as dbt-project-evaluator counts it: a {@code primary_key} constraint, a
 * {@code dbt_utils.unique_combination_of_columns} (or {@code dbt_constraints.primary_key}) test, or a column tested
 * both {@code unique} and {@code not_null} (tests or constraints). The key column is the YAML one constrained as
 * primary key, else the first column named like {@code primary_key_names}.
 */
final class PrimaryKeys {

    private static final Set<String> MODEL_KEY_TESTS = Set.of("dbt_utils.unique_combination_of_columns",
            "unique_combination_of_columns", "dbt_constraints.primary_key", "primary_key");

    private PrimaryKeys() {
    }

    static Optional<Finding> untested(NodeContext context, DocumentationRules rules, NodeProperties properties) {
        ParsedNode node = context.node();
        List<ColumnProperties> columns = properties == null ? List.of() : properties.columns();
        if (properties != null && (hasPrimaryKeyConstraint(properties.constraints())
                || properties.dataTests().stream().map(PrimaryKeys::testName).anyMatch(MODEL_KEY_TESTS::contains))) {
            return Optional.empty();
        }
        for (ColumnProperties column : columns) {
            if (hasPrimaryKeyConstraint(column.constraints()) || missingKeyTests(column).isEmpty()) {
                return Optional.empty();
            }
        }
        Optional<String> key = keyColumn(context, rules, columns);
        if (key.isEmpty()) {
            return Optional.of(new Finding(CallSites.atName(node, Codes.PRIMARY_KEY_UNTESTED, Severity.WARNING,
                    "Model '" + node.name() + "' has no tested primary key: test a key column unique and not_null "
                            + "(or its columns with dbt_utils.unique_combination_of_columns)"), node.uniqueId()));
        }
        Optional<ColumnProperties> yaml = columns.stream().filter(c -> c.name().equalsIgnoreCase(key.get())).findFirst();
        List<Fix.ImpliedTest> missing = yaml.map(PrimaryKeys::missingKeyTests)
                .orElse(List.of(Fix.ImpliedTest.of("unique"), Fix.ImpliedTest.of("not_null")));
        String message = "Primary key '" + key.get() + "' of '" + node.name() + "' is not tested "
                + String.join(" and ", missing.stream().map(Fix.ImpliedTest::name).toList());
        Problem problem = yaml.filter(c -> c.location() != null && properties.file() != null)
                .map(c -> new Problem(Codes.PRIMARY_KEY_UNTESTED, Severity.WARNING, message, properties.file(),
                        c.location().line(), c.location().column(), List.of()))
                .orElseGet(() -> CallSites.atName(node, Codes.PRIMARY_KEY_UNTESTED, Severity.WARNING, message));
        return Optional.of(new Finding(problem, node.uniqueId(),
                List.of(new Fix.AddTests(node.uniqueId(), yaml.map(ColumnProperties::name).orElse(key.get()),
                        missing))));
    }

    /** The first column (YAML, then the query's output) named like one of the primary-key names. */
    private static Optional<String> keyColumn(NodeContext context, DocumentationRules rules,
                                              List<ColumnProperties> columns) {
        ParsedNode node = context.node();
        String entity = ModelNames.singular(ModelNames.entity(context.conventions().layers(), node.name(), null));
        List<String> candidates = new ArrayList<>();
        columns.forEach(c -> candidates.add(c.name()));
        context.outputColumns().orElse(List.of()).stream().map(OutputColumn::name).forEach(candidates::add);
        for (String template : rules.primaryKeyNames()) {
            String wanted = template.replace("<model>", node.name()).replace("<entity>", entity);
            for (String candidate : candidates) {
                if (candidate.equalsIgnoreCase(wanted)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Which of unique and not_null a column lacks, counting tests and constraints. */
    private static List<Fix.ImpliedTest> missingKeyTests(ColumnProperties column) {
        Set<String> have = new LinkedHashSet<>();
        column.dataTests().stream().map(PrimaryKeys::testName).forEach(have::add);
        column.constraints().stream().map(PrimaryKeys::constraintType).forEach(have::add);
        List<Fix.ImpliedTest> missing = new ArrayList<>();
        if (!have.contains("unique")) {
            missing.add(Fix.ImpliedTest.of("unique"));
        }
        if (!have.contains("not_null")) {
            missing.add(Fix.ImpliedTest.of("not_null"));
        }
        return missing;
    }

    private static boolean hasPrimaryKeyConstraint(List<Object> constraints) {
        return constraints != null && constraints.stream().map(PrimaryKeys::constraintType)
                .anyMatch("primary_key"::equals);
    }

    /** A test's name as written: {@code unique}, {@code {not_null: {...}}} or {@code {test_name: ...}}. */
    static String testName(Object test) {
        String name = "";
        if (test instanceof String text) {
            name = text;
        } else if (test instanceof Map<?, ?> map) {
            if (map.get("test_name") != null) {
                name = map.get("test_name").toString();
            } else if (!map.isEmpty()) {
                name = String.valueOf(map.keySet().iterator().next());
            }
        }
        name = name.trim().toLowerCase(Locale.ROOT);
        return name.startsWith("dbt.") ? name.substring(4) : name;
    }

    private static String constraintType(Object constraint) {
        return constraint instanceof Map<?, ?> map && map.get("type") != null
                ? map.get("type").toString().toLowerCase(Locale.ROOT) : "";
    }
}
