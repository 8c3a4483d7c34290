package dev.modelsense.conventions;

import dev.modelsense.project.ColumnProperties;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The data tests a column-name contract implies: {@code IND_} columns are not_null and 0/1, {@code N_} columns
 * not_null and non-negative ... Used by the checks (to offer adding what is missing) and by schema generation.
 */
public final class ImpliedTests {

    private ImpliedTests() {
    }

    /** Per column, in order, the tests its prefix implies; nothing when the contract is off. */
    public static Map<String, List<Fix.ImpliedTest>> forColumns(ColumnContract contract, Collection<String> columns) {
        Map<String, List<Fix.ImpliedTest>> result = new LinkedHashMap<>();
        if (!contract.enabled()) {
            return result;
        }
        for (String column : columns) {
            List<Fix.ImpliedTest> tests = forColumn(contract, column);
            if (!tests.isEmpty()) {
                result.put(column, tests);
            }
        }
        return result;
    }

    /** The tests a column's prefix implies (none for an unknown prefix). */
    public static List<Fix.ImpliedTest> forColumn(ColumnContract contract, String column) {
        return prefixOf(contract, column).map(ColumnContract.PrefixRule::tests).orElse(List.of());
    }

    /** The implied tests the column's YAML entry does not have yet (all of them when it has no entry). */
    public static List<Fix.ImpliedTest> missing(ColumnContract contract, String column, ColumnProperties yaml) {
        List<Fix.ImpliedTest> implied = forColumn(contract, column);
        if (yaml == null || yaml.dataTests() == null || implied.isEmpty()) {
            return implied;
        }
        List<String> present = yaml.dataTests().stream().map(ImpliedTests::testName).toList();
        return implied.stream().filter(test -> !present.contains(bareName(test.name()))).toList();
    }

    private static Optional<ColumnContract.PrefixRule> prefixOf(ColumnContract contract, String column) {
        if (column == null) {
            return Optional.empty();
        }
        int separator = column.indexOf(contract.separator());
        return separator <= 0 ? Optional.empty() : contract.prefix(column.substring(0, separator));
    }

    /** The name of a YAML test entry: {@code not_null}, {@code {accepted_values: {...}}} or
     *  {@code {name: ..., test_name: accepted_values}}; without a package prefix. */
    static String testName(Object entry) {
        if (entry instanceof Map<?, ?> map) {
            Object named = map.get("test_name");
            if (named != null) {
                return bareName(named.toString());
            }
            return map.size() == 1 ? bareName(map.keySet().iterator().next().toString()) : "";
        }
        return entry == null ? "" : bareName(entry.toString());
    }

    private static String bareName(String name) {
        int dot = name.lastIndexOf('.');
        return (dot >= 0 ? name.substring(dot + 1) : name).toLowerCase(Locale.ROOT);
    }
}
