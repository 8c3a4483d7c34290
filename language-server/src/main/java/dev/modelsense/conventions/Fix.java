package dev.modelsense.conventions;

import java.util.List;
import java.util.Map;

/** A change that resolves a finding; turned into text edits by whoever applies it (editor quick fix, CLI). */
public sealed interface Fix {

    /** A short title for a menu, e.g. {@code Rename column to IND_USER_ACTIVE}. */
    String title();

    /** Rename an output column of a model, and every use of it downstream and in YAML. */
    record RenameColumn(String nodeId, String from, String to) implements Fix {
        public String title() {
            return "Rename column " + from + " to " + to;
        }
    }

    /** Rename a model: its file, every ref to it and its YAML entries. */
    record RenameModel(String nodeId, String to) implements Fix {
        public String title() {
            return "Rename model to " + to;
        }
    }

    /** Add a description stub for a model ({@code column} null) or one of its columns to the model's YAML. */
    record AddDescription(String nodeId, String column) implements Fix {
        public String title() {
            return column == null ? "Add a model description stub" : "Add a description stub for " + column;
        }
    }

    /** Add data tests to a model column's YAML entry (e.g. those a column-name contract implies). */
    record AddTests(String nodeId, String column, List<ImpliedTest> tests) implements Fix {
        public AddTests {
            tests = List.copyOf(tests);
        }

        public String title() {
            return "Add tests " + tests.stream().map(ImpliedTest::name).toList() + " to " + column;
        }
    }

    /**
     * A dbt data test as written in YAML: {@code not_null}, or {@code accepted_values} with
     * {@code {values: [0, 1]}}, or a package test such as {@code dbt_utils.accepted_range} with {@code {min_value: 0}}.
     */
    record ImpliedTest(String name, Map<String, Object> arguments) {
        public ImpliedTest {
            arguments = arguments == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
        }

        public static ImpliedTest of(String name) {
            return new ImpliedTest(name, Map.of());
        }
    }
}
