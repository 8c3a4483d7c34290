package dev.modelsense.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text cut into comparable tokens: {@code ids[i]} names the content of {@code [starts[i], ends[i])}, equal ids
 * meaning equal text. Words are identifier runs, each line break is its own token and so is every punctuation
 * character, so a whitespace run split by a tag in the template still lines up with the output. The coarse
 * granularity uses one token per line instead, for inputs too large to diff word by word.
 */
record TokenSequence(int[] ids, int[] starts, int[] ends) {

    enum Granularity { WORDS, LINES }

    int size() {
        return ids.length;
    }

    /** Interns token texts to dense ids shared by the two sides of a diff. */
    static final class Vocabulary {
        private final Map<String, Integer> ids = new HashMap<>();

        int idOf(String token) {
            return ids.computeIfAbsent(token, key -> ids.size());
        }

        int size() {
            return ids.size();
        }
    }

    /** Tokens of {@code text} within the given {@code [start, end)} pieces, in order. */
    static TokenSequence of(String text, List<int[]> pieces, Granularity granularity, Vocabulary vocabulary) {
        LineIndex.IntList ids = new LineIndex.IntList(text.length() / 3);
        LineIndex.IntList starts = new LineIndex.IntList(text.length() / 3);
        LineIndex.IntList ends = new LineIndex.IntList(text.length() / 3);
        for (int[] piece : pieces) {
            int at = piece[0];
            while (at < piece[1]) {
                int end = granularity == Granularity.WORDS ? wordEnd(text, at, piece[1]) : lineEnd(text, at, piece[1]);
                ids.add(vocabulary.idOf(text.substring(at, end)));
                starts.add(at);
                ends.add(end);
                at = end;
            }
        }
        return new TokenSequence(ids.toArray(), starts.toArray(), ends.toArray());
    }

    private static int wordEnd(String text, int at, int limit) {
        char c = text.charAt(at);
        if (c == '\r') {
            return at + 1 < limit && text.charAt(at + 1) == '\n' ? at + 2 : at + 1;
        }
        if (c == '\n') {
            return at + 1;
        }
        int end = at + 1;
        if (isWordChar(c)) {
            while (end < limit && isWordChar(text.charAt(end))) {
                end++;
            }
        } else if (isBlank(c)) {
            while (end < limit && isBlank(text.charAt(end))) {
                end++;
            }
        }
        return end;
    }

    private static int lineEnd(String text, int at, int limit) {
        for (int i = at; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < limit && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return limit;
    }

    static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private static boolean isBlank(char c) {
        return c != '\n' && c != '\r' && Character.isWhitespace(c);
    }
}
