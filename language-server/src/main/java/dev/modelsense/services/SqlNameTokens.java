package dev.modelsense.services;

import java.util.ArrayList;
import java.util.List;

/**
 * The names written in a model's raw SQL outside Jinja, string literals and comments: the only text a column rename
 * may touch, since what Jinja prints is not the user's to rewrite token by token. A name directly followed by
 * {@code .} (a qualifier) or {@code (} (a function) is no column name and is left out.
 */
final class SqlNameTokens {

    /** A name at {@code [start, end)}; for a quoted name the span covers the text inside the quotes. */
    record Token(int start, int end, String name, boolean quoted) {
    }

    private SqlNameTokens() {
    }

    static List<Token> of(String raw) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = raw.length();
        while (i < n) {
            char c = raw.charAt(i);
            if (c == '{' && i + 1 < n && (raw.charAt(i + 1) == '{' || raw.charAt(i + 1) == '%'
                    || raw.charAt(i + 1) == '#')) {
                String close = switch (raw.charAt(i + 1)) {
                    case '{' -> "}}";
                    case '%' -> "%}";
                    default -> "#}";
                };
                int end = raw.indexOf(close, i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                i = skipQuoted(raw, i, '\'');
            } else if (c == '-' && i + 1 < n && raw.charAt(i + 1) == '-') {
                int end = raw.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && raw.charAt(i + 1) == '*') {
                int end = raw.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '`') {
                int end = skipQuoted(raw, i, c);
                if (end <= n && end - 1 > i + 1 && raw.charAt(end - 1) == c) {
                    addIfColumn(raw, tokens, i + 1, end - 1, end, true);
                }
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(raw.charAt(end)) || raw.charAt(end) == '_'
                        || raw.charAt(end) == '$')) {
                    end++;
                }
                boolean afterDigit = i > 0 && Character.isDigit(raw.charAt(i - 1));
                if (!afterDigit) {
                    addIfColumn(raw, tokens, i, end, end, false);
                }
                i = end;
            } else {
                i++;
            }
        }
        return tokens;
    }

    private static void addIfColumn(String raw, List<Token> tokens, int start, int end, int after, boolean quoted) {
        int next = after;
        while (next < raw.length() && (raw.charAt(next) == ' ' || raw.charAt(next) == '\t')) {
            next++;
        }
        if (next < raw.length() && (raw.charAt(next) == '.' || raw.charAt(next) == '(')) {
            return;
        }
        tokens.add(new Token(start, end, raw.substring(start, end), quoted));
    }

    /** The offset after a quoted literal or name (doubled quotes escape). */
    private static int skipQuoted(String raw, int open, char quote) {
        int i = open + 1;
        while (i < raw.length()) {
            if (raw.charAt(i) == quote) {
                if (i + 1 < raw.length() && raw.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return raw.length();
    }
}
