package dev.modelsense.conventions;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.Problem;
import dev.modelsense.project.Severity;
import dev.modelsense.sql.InferredType;
import dev.modelsense.sql.ValueType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every output column of a model against the column-name contract: the name parses into the grammar, its
 * prefix is known, its subject words are in the vocabulary, and its type evidence agrees with what the prefix means.
 * Each finding points at the column's alias in the model file.
 */
final class ColumnNameRule implements NodeRule {

    static final String GRAMMAR = Codes.COLUMN_GRAMMAR;
    static final String PREFIX_UNKNOWN = Codes.COLUMN_PREFIX_UNKNOWN;
    static final String SUBJECT_UNKNOWN = Codes.COLUMN_SUBJECT_UNKNOWN;
    static final String TYPE_MISMATCH = Codes.COLUMN_TYPE_MISMATCH;

    @Override
    public List<Finding> check(NodeContext context) {
        ColumnContract contract = context.conventions().columns();
        if (!contract.enabled() || contract.prefixes().isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (TypedColumn column : context.typedColumns().orElse(List.of())) {
            new ColumnCheck(context, contract, column, findings).run();
        }
        return findings;
    }

    /** The checks of one column, which share its position and the fixes that apply. */
    private static final class ColumnCheck {
        private final NodeContext context;
        private final ColumnContract contract;
        private final TypedColumn column;
        private final List<Finding> findings;
        private final String name;
        private NodeContext.FilePosition position;

        ColumnCheck(NodeContext context, ColumnContract contract, TypedColumn column, List<Finding> findings) {
            this.context = context;
            this.contract = contract;
            this.column = column;
            this.findings = findings;
            this.name = column.name();
        }

        void run() {
            List<String> words = ColumnNames.words(name, contract.separator());
            if (!grammar(words)) {
                return;
            }
            Optional<ColumnContract.PrefixRule> rule = contract.prefix(words.get(0));
            if (rule.isEmpty()) {
                unknownPrefix(words);
                return;
            }
            if (words.size() == 1) {
                report(GRAMMAR, "Column '" + name + "' has no subject after its prefix " + words.get(0)
                        + " (e.g. " + ColumnNames.join(List.of(words.get(0), "SUBJECT"), contract, name) + ")",
                        testFixes(rule.get()));
                return;
            }
            subjects(words, rule.get());
            type(words, rule.get());
        }

        /** Case, empty words and odd characters; false when the name cannot be read further. */
        private boolean grammar(List<String> words) {
            if (words.stream().anyMatch(String::isEmpty) || !words.stream().allMatch(ColumnNames::validWord)) {
                String tidy = ColumnNames.tidied(name, contract);
                String why = words.stream().anyMatch(String::isEmpty)
                        ? "has an empty word (a doubled separator or one at an end)"
                        : "has characters other than letters and digits in its words";
                report(GRAMMAR, "Column '" + name + "' " + why + "; names are words joined by '"
                        + contract.separator() + "'", tidy.isEmpty() || tidy.equals(name) ? List.of() : rename(tidy));
                return false;
            }
            if (!ColumnNames.cased(name, contract.letterCase())) {
                String cased = ColumnNames.join(words, contract, name);
                List<Fix> fixes = new ArrayList<>(rename(cased));
                contract.prefix(words.get(0)).ifPresent(rule -> fixes.addAll(testFixes(rule)));
                report(GRAMMAR, "Column '" + name + "' is not " + contract.letterCase().name().toLowerCase(Locale.ROOT)
                        + " case (" + cased + ")", fixes);
            }
            return true;
        }

        private void unknownPrefix(List<String> words) {
            String first = words.get(0);
            List<String> known = contract.prefixes().stream().map(ColumnContract.PrefixRule::prefix).toList();
            String last = words.get(words.size() - 1);
            Optional<String> suggestion = Optional.empty();
            String hint = "";
            if (words.size() > 1 && contract.prefix(last).isPresent()) {
                // `user_id` reads as the contract's ID_USER
                List<String> moved = new ArrayList<>();
                moved.add(contract.prefix(last).get().prefix());
                moved.addAll(words.subList(0, words.size() - 1));
                suggestion = Optional.of(ColumnNames.join(moved, contract, name));
            } else {
                Optional<String> close = ColumnNames.closest(first, known);
                if (close.isPresent() && words.size() > 1) {
                    List<String> respelled = new ArrayList<>(words);
                    respelled.set(0, close.get());
                    suggestion = Optional.of(ColumnNames.join(respelled, contract, name));
                }
            }
            if (suggestion.isPresent()) {
                hint = "; did you mean " + suggestion.get() + "?";
            }
            report(PREFIX_UNKNOWN, "Column '" + name + "' starts with '" + first + "', which is not a known prefix ("
                    + String.join(", ", known) + ")" + hint, suggestion.map(this::rename).orElse(List.of()));
        }

        private void subjects(List<String> words, ColumnContract.PrefixRule rule) {
            for (int level = 0; level < words.size() - 1; level++) {
                String word = words.get(level + 1);
                Optional<Set<String>> vocabulary = contract.subjectVocabulary(level);
                if (vocabulary.isEmpty() || vocabulary.get().contains(word.toUpperCase(Locale.ROOT))) {
                    continue;
                }
                Optional<String> close = ColumnNames.closest(word, vocabulary.get());
                List<Fix> fixes = new ArrayList<>();
                if (close.isPresent()) {
                    List<String> respelled = new ArrayList<>(words);
                    respelled.set(level + 1, close.get());
                    fixes.addAll(rename(ColumnNames.join(respelled, contract, name)));
                }
                fixes.addAll(testFixes(rule));
                report(SUBJECT_UNKNOWN, "Column '" + name + "': '" + word + "' is not in the subject vocabulary"
                        + (level < contract.subjectLevels().size() ? " of level " + (level + 1) : "")
                        + close.map(c -> "; did you mean " + c + "?").orElse(""), fixes);
            }
        }

        private void type(List<String> words, ColumnContract.PrefixRule rule) {
            InferredType inferred = column.inferred();
            String aggregate = inferred.aggregate();
            ValueType type = column.type();
            if (aggregate != null && rule.notAggregatedBy().contains(aggregate)) {
                String why = aggregate.equals("sum") || aggregate.equals("count")
                        ? " (a " + aggregate + " is a measure, e.g. a count of flags, not " + rule.meaning() + ")"
                        : " (not " + rule.meaning() + ")";
                Optional<ColumnContract.PrefixRule> better = contract.prefixes().stream()
                        .filter(other -> other != rule && (type == null || other.allows(type))
                                && !other.notAggregatedBy().contains(aggregate))
                        .findFirst();
                report(TYPE_MISMATCH, "Column '" + name + "' is " + inferred.evidence() + why
                        + better.map(b -> "; name it " + renamed(words, b)).orElse(""),
                        better.map(b -> rename(renamed(words, b))).orElse(List.of()));
                return;
            }
            if (type == null || rule.allows(type)) {
                return;
            }
            List<ColumnContract.PrefixRule> fitting = contract.prefixes().stream()
                    .filter(other -> !other.types().isEmpty() && other.allows(type)).toList();
            Optional<String> suggestion = fitting.size() == 1
                    ? Optional.of(renamed(words, fitting.get(0))) : Optional.empty();
            report(TYPE_MISMATCH, "Column '" + name + "' is named as " + describe(rule) + " but is "
                    + article(type) + " (" + column.evidence() + ")"
                    + suggestion.map(s -> "; name it " + s).orElse(""),
                    suggestion.map(this::rename).orElse(List.of()));
        }

        private String renamed(List<String> words, ColumnContract.PrefixRule prefix) {
            List<String> respelled = new ArrayList<>(words);
            respelled.set(0, prefix.prefix());
            return ColumnNames.join(respelled, contract, name);
        }

        private static String describe(ColumnContract.PrefixRule rule) {
            String meaning = rule.meaning().isBlank() ? rule.prefix() + " column" : rule.meaning();
            String types = rule.types().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().toList()
                    .toString();
            return meaning + " (" + rule.prefix() + ": " + types.substring(1, types.length() - 1) + ")";
        }

        private static String article(ValueType type) {
            String word = type.name().toLowerCase(Locale.ROOT);
            return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
        }

        private List<Fix> rename(String to) {
            return List.of(new Fix.RenameColumn(context.node().uniqueId(), name, to));
        }

        private List<Fix> testFixes(ColumnContract.PrefixRule rule) {
            List<Fix.ImpliedTest> missing = ImpliedTests.missing(contract, name, column.yaml());
            return missing.isEmpty() ? List.of() : List.of(new Fix.AddTests(context.node().uniqueId(), name, missing));
        }

        private void report(String code, String message, List<Fix> fixes) {
            if (position == null) {
                position = context.positionOf(column.column());
            }
            ParsedNode node = context.node();
            findings.add(new Finding(new Problem(code, Severity.WARNING, message, node.spec().file().path(),
                    position.line(), position.column(), List.of()), node.uniqueId(), fixes));
        }
    }
}
