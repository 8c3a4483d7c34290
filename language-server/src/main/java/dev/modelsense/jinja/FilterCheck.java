package dev.modelsense.jinja;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jinja2 rejects a template that names an unknown filter when it compiles it ("No filter named 'x'."), even if the
 * expression never runs; Jinjava silently passes the value through. This check restores Jinja2's behaviour.
 */
final class FilterCheck {

    /** An unknown filter and its 1-based line. */
    record UnknownFilter(String name, int line) {}

    private static final Pattern CODE = Pattern.compile("\\{#.*?#}|\\{\\{(.*?)}}|\\{%(.*?)%}", Pattern.DOTALL);
    private static final Pattern RAW = Pattern.compile("\\{%-?\\s*raw\\s*-?%}.*?\\{%-?\\s*endraw\\s*-?%}",
            Pattern.DOTALL);

    private FilterCheck() {
    }

    static List<UnknownFilter> unknownFilters(String source, Predicate<String> known) {
        List<UnknownFilter> unknown = new ArrayList<>();
        if (source.indexOf('|') < 0) {
            return unknown;
        }
        String text = blankRaw(source);
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 0;
            if (group == 0) {
                continue;
            }
            String code = m.group(group);
            int offset = m.start(group);
            for (int i = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '\'' || c == '"') {
                    i = skipString(code, i);
                } else if (c == '|' && (i + 1 >= code.length() || code.charAt(i + 1) != '|')
                        && (i == 0 || code.charAt(i - 1) != '|')) {
                    int j = i + 1;
                    while (j < code.length() && Character.isWhitespace(code.charAt(j))) {
                        j++;
                    }
                    int start = j;
                    while (j < code.length() && (Character.isLetterOrDigit(code.charAt(j)) || code.charAt(j) == '_')) {
                        j++;
                    }
                    String name = code.substring(start, j);
                    if (!name.isEmpty() && !known.test(name)) {
                        unknown.add(new UnknownFilter(name, lineOf(text, offset + i)));
                    }
                }
            }
        }
        return unknown;
    }

    private static String blankRaw(String source) {
        Matcher raw = RAW.matcher(source);
        if (!raw.find()) {
            return source;
        }
        StringBuilder out = new StringBuilder(source);
        raw.reset();
        while (raw.find()) {
            for (int k = raw.start(); k < raw.end(); k++) {
                if (out.charAt(k) != '\n') {
                    out.setCharAt(k, ' ');
                }
            }
        }
        return out.toString();
    }

    private static int skipString(String code, int start) {
        char quote = code.charAt(start);
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return code.length();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
