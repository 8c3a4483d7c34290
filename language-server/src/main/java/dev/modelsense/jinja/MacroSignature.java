package dev.modelsense.jinja;

import java.util.ArrayList;
import java.util.List;

/**
 * A macro header such as {@code get_values(table, order_by='count(*) desc', sep=', ')}, split the way Python does:
 * commas inside strings and brackets do not separate parameters (Jinjava's own split does, HubSpot/jinjava#496).
 */
record MacroSignature(String name, List<Parameter> parameters) {

    /** One parameter; {@code defaultExpression} is null when it has no default. */
    record Parameter(String name, String defaultExpression) {
        String asWritten() {
            return defaultExpression == null ? name : name + "=" + defaultExpression;
        }
    }

    static MacroSignature parse(String header) {
        String text = header.trim();
        int open = text.indexOf('(');
        if (open < 0) {
            return new MacroSignature(text, List.of());
        }
        String name = text.substring(0, open).trim();
        int close = matchingParen(text, open);
        if (name.isEmpty() || !name.matches("[A-Za-z_]\\w*") || close < 0) {
            throw new IllegalArgumentException("Unable to parse macro definition: " + header.trim());
        }
        List<Parameter> parameters = new ArrayList<>();
        for (String part : splitTopLevel(text.substring(open + 1, close))) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = topLevelEquals(p);
            parameters.add(eq < 0 ? new Parameter(p, null)
                    : new Parameter(p.substring(0, eq).trim(), p.substring(eq + 1).trim()));
        }
        return new MacroSignature(name, List.copyOf(parameters));
    }

    List<String> parametersAsWritten() {
        return parameters.stream().map(Parameter::asWritten).toList();
    }

    String signature() {
        return name + "(" + String.join(", ", parametersAsWritten()) + ")";
    }

    static int matchingParen(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipString(text, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipString(text, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static int topLevelEquals(String p) {
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\'' || c == '"' || c == '(' || c == '[' || c == '{') {
                return -1;
            }
            if (c == '=' && (i + 1 >= p.length() || p.charAt(i + 1) != '=')) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the closing quote of the string starting at {@code start}. */
    private static int skipString(String text, int start) {
        char quote = text.charAt(start);
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return text.length();
    }
}
