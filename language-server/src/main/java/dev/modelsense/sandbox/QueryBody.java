package dev.modelsense.sandbox;

import java.util.Locale;
import java.util.Set;

/**
 * Verifies, without a full parser, that the text inside {@code create ... as ( <body> )} stays a single read-only
 * query: outside string literals, quoted identifiers and comments it has no {@code ;}, its parentheses never close
 * the wrapper early, and it names no statement that writes. Dialect SQL the parser does not know passes; anything
 * that could escape the wrapper does not.
 */
final class QueryBody {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "merge", "drop", "alter",
            "truncate", "grant", "revoke", "copy", "call", "attach", "detach", "vacuum", "create", "install", "load",
            "pragma", "export", "import");

    private QueryBody() {
    }

    /** Null when safe, else why not. */
    static String problem(String body) {
        int depth = 0;
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closing(body, i, c);
                if (end < 0) {
                    return "an unclosed quote";
                }
                i = end + 1;
            } else if (c == '-' && i + 1 < n && body.charAt(i + 1) == '-') {
                int end = body.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && body.charAt(i + 1) == '*') {
                int end = body.indexOf("*/", i + 2);
                if (end < 0) {
                    return "an unclosed comment";
                }
                i = end + 2;
            } else if (c == '$') {
                return "a dollar-quoted string";
            } else if (c == ';') {
                return "a ';' (a second statement)";
            } else if (c == '(') {
                depth++;
                i++;
            } else if (c == ')') {
                if (--depth < 0) {
                    return "a ')' that closes the wrapper";
                }
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(body.charAt(i)) || body.charAt(i) == '_')) {
                    i++;
                }
                String word = body.substring(start, i).toLowerCase(Locale.ROOT);
                boolean qualifiedPart = start > 0 && body.charAt(start - 1) == '.';
                if (WRITES.contains(word) && !qualifiedPart) {
                    return "the keyword '" + word + "'";
                }
            } else {
                i++;
            }
        }
        return depth == 0 ? null : "unbalanced parentheses";
    }

    private static int closing(String text, int open, char quote) {
        for (int i = open + 1; i < text.length(); i++) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
