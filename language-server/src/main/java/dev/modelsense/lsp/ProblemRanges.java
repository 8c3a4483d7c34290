package dev.modelsense.lsp;

import dev.modelsense.text.LineIndex;
import dev.modelsense.text.Position;
import dev.modelsense.text.Range;

/**
 * Where a problem's squiggle goes. Problems carry a start (0-based line and UTF-16 column); the range runs to the end
 * of the word, quoted string or token there, or to the end of the line when the column points at blank space.
 */
final class ProblemRanges {

    private ProblemRanges() {
    }

    static Range rangeAt(LineIndex lines, int line, int column) {
        if (line >= lines.lineCount()) {
            Position end = lines.positionAt(lines.text().length());
            return Range.empty(end);
        }
        int lineStart = lines.lineStart(line);
        int lineEnd = lines.lineEnd(line);
        String text = lines.text();
        int start = Math.min(lineStart + Math.max(0, column), lineEnd);
        int end = tokenEnd(text, start, lineEnd);
        if (end == start) {
            // blank at the column: cover the rest of the line's content, or the whole line when nothing follows
            int contentEnd = trimEnd(text, lineStart, lineEnd);
            if (contentEnd > start) {
                end = contentEnd;
            } else {
                start = skipBlank(text, lineStart, contentEnd);
                end = contentEnd;
            }
        }
        return lines.rangeOf(start, end);
    }

    private static int tokenEnd(String text, int start, int lineEnd) {
        if (start >= lineEnd) {
            return start;
        }
        char first = text.charAt(start);
        if (first == '\'' || first == '"' || first == '`') {
            int close = text.indexOf(first, start + 1);
            return close >= 0 && close < lineEnd ? close + 1 : lineEnd;
        }
        int end = start;
        if (isWordPart(first)) {
            while (end < lineEnd && isWordPart(text.charAt(end))) {
                end++;
            }
        } else if (!Character.isWhitespace(first)) {
            while (end < lineEnd && !isWordPart(text.charAt(end)) && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
        }
        return end;
    }

    private static boolean isWordPart(char c) {
        return c == '_' || Character.isLetterOrDigit(c) || Character.isSurrogate(c);
    }

    private static int trimEnd(String text, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int skipBlank(String text, int from, int to) {
        int start = from;
        while (start < to && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }
}
