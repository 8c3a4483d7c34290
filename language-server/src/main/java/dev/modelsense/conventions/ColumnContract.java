package dev.modelsense.conventions;

import dev.modelsense.sql.ValueType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The column-name contract of {@code modelsense.yml}: names are {@code PREFIX<separator>SUBJECT...}, each prefix with a
 * meaning, the value types it allows, the data tests it implies and the aggregates that break its meaning (a sum of
 * 0/1 flags is a count, not a flag). Off unless the project opts in. {@code subjectLevels} optionally restricts the
 * first subject word, the second ... to a vocabulary each; {@code subjectWords} restricts every other subject word.
 */
public record ColumnContract(boolean enabled, String separator, LetterCase letterCase, List<PrefixRule> prefixes,
                             List<Set<String>> subjectLevels, Set<String> subjectWords) {

    /** How the words of a column name are cased. */
    public enum LetterCase { UPPER, LOWER, ANY }

    public ColumnContract {
        prefixes = List.copyOf(prefixes);
        subjectLevels = subjectLevels.stream().map(ColumnContract::upper).toList();
        subjectWords = upper(subjectWords);
    }

    public ColumnContract(boolean enabled, String separator, List<PrefixRule> prefixes) {
        this(enabled, separator, LetterCase.ANY, prefixes, List.of(), Set.of());
    }

    public static ColumnContract disabled() {
        return new ColumnContract(false, "_", List.of());
    }

    /** The built-in vocabulary ({@code preset: default}): ID, IND, N, AMT, DT, TS, CAT. */
    public static ColumnContract preset() {
        return new ColumnContract(true, "_", LetterCase.ANY, defaultPrefixes(), List.of(), Set.of());
    }

    public static List<PrefixRule> defaultPrefixes() {
        Set<String> notMeasures = Set.of("sum", "avg", "count");
        return List.of(
                new PrefixRule("ID", "an identifier of an entity", Set.of(ValueType.STRING, ValueType.INTEGER),
                        List.of(Fix.ImpliedTest.of("not_null")), notMeasures),
                new PrefixRule("IND", "a non-null 0/1 flag", Set.of(ValueType.INTEGER, ValueType.BOOLEAN),
                        List.of(Fix.ImpliedTest.of("not_null"),
                                // unquoted: BigQuery rejects a number compared with '0'
                                new Fix.ImpliedTest("accepted_values", zeroOrOne())),
                        notMeasures),
                new PrefixRule("N", "a non-negative integer count", Set.of(ValueType.INTEGER),
                        List.of(Fix.ImpliedTest.of("not_null"),
                                new Fix.ImpliedTest("dbt_utils.accepted_range", Map.of("min_value", 0))),
                        Set.of("avg")),
                new PrefixRule("AMT", "a summable amount",
                        Set.of(ValueType.INTEGER, ValueType.DECIMAL, ValueType.FLOAT), List.of(), Set.of("count")),
                new PrefixRule("DT", "a date", Set.of(ValueType.DATE), List.of(), notMeasures),
                new PrefixRule("TS", "a timestamp", Set.of(ValueType.TIMESTAMP), List.of(), notMeasures),
                new PrefixRule("CAT", "a category", Set.of(ValueType.STRING), List.of(), notMeasures));
    }

    /** The rule of a prefix word, whatever its case. */
    public Optional<PrefixRule> prefix(String word) {
        return prefixes.stream().filter(rule -> rule.prefix().equalsIgnoreCase(word)).findFirst();
    }

    /** The vocabulary of the subject word at {@code level} (0 = the word after the prefix); empty when any word goes. */
    public Optional<Set<String>> subjectVocabulary(int level) {
        if (level < subjectLevels.size() && !subjectLevels.get(level).isEmpty()) {
            return Optional.of(subjectLevels.get(level));
        }
        return subjectWords.isEmpty() ? Optional.empty() : Optional.of(subjectWords);
    }

    private static Set<String> upper(Set<String> words) {
        return Set.copyOf(words.stream().map(word -> word.toUpperCase(Locale.ROOT)).toList());
    }

    /**
     * One prefix: {@code IND} means a non-null 0/1 flag, typed integer or boolean, tested not_null and 0/1, and is
     * broken by {@code sum}, {@code avg} and {@code count} (their results are measures, not flags). An empty
     * {@code types} allows any type.
     */
    public record PrefixRule(String prefix, String meaning, Set<ValueType> types, List<Fix.ImpliedTest> tests,
                             Set<String> notAggregatedBy) {
        public PrefixRule {
            types = Set.copyOf(types);
            tests = List.copyOf(tests);
            notAggregatedBy = Set.copyOf(notAggregatedBy.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList());
        }

        public PrefixRule(String prefix, String meaning, Set<ValueType> types, List<Fix.ImpliedTest> tests) {
            this(prefix, meaning, types, tests, Set.of());
        }

        public boolean allows(ValueType type) {
            return types.isEmpty() || types.contains(type);
        }
    }

    private static Map<String, Object> zeroOrOne() {
        Map<String, Object> arguments = new java.util.LinkedHashMap<>();
        arguments.put("values", List.of(0, 1));
        arguments.put("quote", false);
        return arguments;
    }
}
