package dev.modelsense.conventions;

import dev.modelsense.compile.Suggestions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Column names read against a contract's grammar: words split by the separator, cased one way, and respelled. */
final class ColumnNames {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+");

    private ColumnNames() {
    }

    /** The words of a name, empty words kept (they are grammar errors). */
    static List<String> words(String name, String separator) {
        return Arrays.asList(name.split(Pattern.quote(separator), -1));
    }

    static boolean validWord(String word) {
        return WORD.matcher(word).matches();
    }

    /** Whether the name is cased as the contract wants. */
    static boolean cased(String name, ColumnContract.LetterCase letterCase) {
        return switch (letterCase) {
            case UPPER -> name.equals(name.toUpperCase(Locale.ROOT));
            case LOWER -> name.equals(name.toLowerCase(Locale.ROOT));
            case ANY -> true;
        };
    }

    /** Words joined in the contract's case, or in the style of {@code original} when any case goes. */
    static String join(List<String> words, ColumnContract contract, String original) {
        String joined = String.join(contract.separator(), words);
        boolean lower = switch (contract.letterCase()) {
            case UPPER -> false;
            case LOWER -> true;
            case ANY -> original.equals(original.toLowerCase(Locale.ROOT));
        };
        return lower ? joined.toLowerCase(Locale.ROOT) : joined.toUpperCase(Locale.ROOT);
    }

    /** The name with its empty words dropped and its other characters replaced by the separator. */
    static String tidied(String name, ColumnContract contract) {
        List<String> words = new ArrayList<>();
        for (String word : name.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return join(words, contract, name);
    }

    /**
     * The closest of {@code candidates} to {@code word} (ignoring case) within a small edit distance; words under three
     * letters only match by a letter added or dropped at the end (NB reads as N, IS never as ID).
     */
    static Optional<String> closest(String word, Collection<String> candidates) {
        String upper = word.toUpperCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String other = candidate.toUpperCase(Locale.ROOT);
            if (Math.min(upper.length(), other.length()) < 3 && !upper.startsWith(other) && !other.startsWith(upper)) {
                continue; // a changed letter in a two-letter word is another word (IS is not ID), not a typo
            }
            int distance = Suggestions.distance(upper, other, 2);
            int allowed = Math.min(2, Math.max(1, candidate.length() / 3));
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}
