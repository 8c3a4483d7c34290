package dev.modelsense.report;

import dev.modelsense.conventions.Fix;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Missing tests as dbt properties YAML ({@code version: 2}, {@code models:}), using the {@code data_tests:} key of
 * dbt 1.8 and later. For a column that already has tests under the older {@code tests:} key, the printed entries are
 * meant to be merged into that list: dbt rejects a column with both keys.
 */
public final class TestsYaml {

    private TestsYaml() {
    }

    public static String render(List<ContractTests.ModelTests> models) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", 2);
        List<Object> entries = new ArrayList<>();
        for (ContractTests.ModelTests model : models) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", model.model());
            List<Object> columns = new ArrayList<>();
            for (ContractTests.ColumnTests column : model.columns()) {
                Map<String, Object> columnEntry = new LinkedHashMap<>();
                columnEntry.put("name", column.column());
                columnEntry.put("data_tests", column.tests().stream().map(TestsYaml::test).toList());
                columns.add(columnEntry);
            }
            entry.put("columns", columns);
            entries.add(entry);
        }
        document.put("models", entries);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        return new Yaml(options).dump(document);
    }

    private static Object test(Fix.ImpliedTest test) {
        return test.arguments().isEmpty() ? test.name() : Map.of(test.name(), new LinkedHashMap<>(test.arguments()));
    }
}
