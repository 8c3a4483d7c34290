package dev.modelsense.report;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.conventions.Fix;
import dev.modelsense.project.ColumnProperties;
import dev.modelsense.project.NodeProperties;
import dev.modelsense.sql.OutputColumn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The implied tests a model is missing: what the contract implies for its output columns minus what its YAML
 * already declares ({@code data_tests:} or {@code tests:}), compared by test name so a test is never added twice,
 * whatever its arguments or package prefix ({@code dbt_utils.accepted_range} counts as {@code accepted_range}).
 */
public final class ContractTests {

    /** The tests to add to one column; {@code declared} when the column already has a YAML entry. */
    public record ColumnTests(String column, boolean declared, List<Fix.ImpliedTest> tests) {
        public ColumnTests {
            tests = List.copyOf(tests);
        }
    }

    /**
     * The tests to add to one model; {@code propertiesFile} is the YAML file that already describes it, or empty
     * when it has no entry yet (dbt allows one entry per model, so new tests go into that entry when there is one).
     */
    public record ModelTests(String nodeId, String model, Path modelFile, Optional<Path> propertiesFile,
                             List<ColumnTests> columns) {
        public ModelTests {
            columns = List.copyOf(columns);
        }
    }

    private ContractTests() {
    }

    /** What {@code node} lacks, or empty when its columns already carry every implied test. */
    public static Optional<ModelTests> missing(ParsedNode node, List<OutputColumn> columns,
                                               ImpliedTestSource source) {
        Map<String, List<Fix.ImpliedTest>> implied = source.forModel(node, columns);
        NodeProperties properties = node.spec().properties();
        List<ColumnTests> missing = new ArrayList<>();
        for (Map.Entry<String, List<Fix.ImpliedTest>> column : implied.entrySet()) {
            Optional<ColumnProperties> declared = properties == null ? Optional.empty()
                    : properties.columns().stream().filter(c -> c.name() != null
                    && c.name().equalsIgnoreCase(column.getKey())).findFirst();
            Set<String> existing = new HashSet<>();
            declared.ifPresent(c -> c.dataTests().forEach(test -> existing.add(unqualified(testName(test)))));
            List<Fix.ImpliedTest> toAdd = new ArrayList<>();
            for (Fix.ImpliedTest test : column.getValue()) {
                if (existing.add(unqualified(test.name()))) {
                    toAdd.add(test);
                }
            }
            if (!toAdd.isEmpty()) {
                missing.add(new ColumnTests(column.getKey(), declared.isPresent(), toAdd));
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> propertiesFile = properties == null ? Optional.empty() : Optional.ofNullable(properties.file());
        return Optional.of(new ModelTests(node.uniqueId(), node.name(), node.spec().file().path(), propertiesFile,
                missing));
    }

    /** A declared test's name: {@code not_null}, {@code {accepted_values: {...}}}, or {@code {name:, test_name:}}. */
    static String testName(Object test) {
        if (test instanceof Map<?, ?> map) {
            Object testName = map.get("test_name");
            if (testName != null) {
                return testName.toString();
            }
            for (Object key : map.keySet()) {
                if (!"name".equals(key) && !"config".equals(key) && !"description".equals(key)) {
                    return String.valueOf(key);
                }
            }
            return String.valueOf(map.get("name"));
        }
        return String.valueOf(test);
    }

    private static String unqualified(String name) {
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(dot + 1)).toLowerCase(Locale.ROOT);
    }
}
