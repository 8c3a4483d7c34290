package dev.modelsense.conventions;

import dev.modelsense.sql.ValueType;

import java.util.List;
import java.util.Set;

/**
 * The column-name contract of {@code modelsense.yml}: names are {@code PREFIX<separator>SUBJECT...}, each prefix with a
 * meaning, the value types it allows and the data tests it implies. Off unless the project opts in.
 */
public record ColumnContract(boolean enabled, String separator, List<PrefixRule> prefixes) {

    public ColumnContract {
        prefixes = List.copyOf(prefixes);
    }

    public static ColumnContract disabled() {
        return new ColumnContract(false, "_", List.of());
    }

    /** One prefix: {@code IND} means a non-null 0/1 flag, typed integer or boolean, tested not_null and 0/1. */
    public record PrefixRule(String prefix, String meaning, Set<ValueType> types, List<Fix.ImpliedTest> tests) {
        public PrefixRule {
            types = Set.copyOf(types);
            tests = List.copyOf(tests);
        }
    }
}
