package dev.modelsense.graph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Python's {@code fnmatch.fnmatch} on POSIX: case-sensitive; {@code *} matches anything (dots and slashes
 * included), {@code ?} one character, {@code [seq]} / {@code [!seq]} a character class, and an unclosed
 * {@code [} is literal.
 */
final class Fnmatch {
    /** Patterns come from user input in a long-running server, so the cache is dropped when it grows. */
    private static final int CACHE_LIMIT = 1_024;
    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private Fnmatch() {
    }

    static boolean matches(String name, String pattern) {
        if (name == null) {
            return false;
        }
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(pattern, Fnmatch::compile).matcher(name).matches();
    }

    static boolean hasWildcard(String pattern) {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0 || pattern.indexOf('[') >= 0
                || pattern.indexOf(']') >= 0;
    }

    /** Mirrors {@code fnmatch.translate}. */
    static Pattern compile(String pattern) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i++);
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (c == '[') {
                int j = i;
                if (j < n && pattern.charAt(j) == '!') {
                    j++;
                }
                if (j < n && pattern.charAt(j) == ']') {
                    j++;
                }
                while (j < n && pattern.charAt(j) != ']') {
                    j++;
                }
                if (j >= n) {
                    regex.append("\\[");
                } else {
                    String body = pattern.substring(i, j);
                    i = j + 1;
                    StringBuilder set = new StringBuilder("[");
                    int k = 0;
                    if (body.startsWith("!")) {
                        set.append('^');
                        k = 1;
                    } else if (body.startsWith("^")) {
                        set.append("\\^");
                        k = 1;
                    }
                    for (; k < body.length(); k++) {
                        char member = body.charAt(k);
                        // keep ranges (a-z) but escape what Java would read as class syntax
                        if (member == '\\' || member == '[' || member == '&' || member == ']') {
                            set.append('\\');
                        }
                        set.append(member);
                    }
                    regex.append(set).append(']');
                }
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
