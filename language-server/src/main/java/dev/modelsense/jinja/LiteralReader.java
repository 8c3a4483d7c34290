package dev.modelsense.jinja;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Python literals (strings, numbers, True/False/None, lists, tuples, dicts) and call arguments from Jinja
 * expression text; anything else makes it give up, so callers fall back to rendering.
 */
final class LiteralReader {

    private static final Object FAIL = new Object();

    private final String text;
    private int pos;

    LiteralReader(String text) {
        this.text = text;
    }

    boolean atEnd() {
        skipSpaces();
        return pos >= text.length();
    }

    boolean consume(char c) {
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    String identifier() {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return pos > start && !Character.isDigit(text.charAt(start)) ? text.substring(start, pos) : null;
    }

    /** Reads {@code a, 'b', k=1)} after an opening parenthesis, through the closing one. */
    boolean arguments(List<Object> args, Map<String, Object> kwargs) {
        if (consume(')')) {
            return true;
        }
        while (true) {
            int mark = pos;
            String name = identifier();
            if (name != null && consume('=') && !peek('=')) {
                Object value = literal();
                if (value == FAIL) {
                    return false;
                }
                kwargs.put(name, value);
            } else {
                pos = mark;
                if (!kwargs.isEmpty()) {
                    return false;
                }
                Object value = literal();
                if (value == FAIL) {
                    return false;
                }
                args.add(value);
            }
            if (consume(')')) {
                return true;
            }
            if (!consume(',')) {
                return false;
            }
            if (consume(')')) {
                return true;
            }
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private Object literal() {
        skipSpaces();
        if (pos >= text.length()) {
            return FAIL;
        }
        char c = text.charAt(pos);
        if (c == '\'' || c == '"') {
            return string(c);
        }
        if (c == '[' || c == '(') {
            return sequence(c == '[' ? ']' : ')');
        }
        if (c == '{') {
            return dict();
        }
        if (Character.isDigit(c) || c == '-') {
            return number();
        }
        String word = identifier();
        if (word == null) {
            return FAIL;
        }
        return switch (word) {
            case "True", "true" -> Boolean.TRUE;
            case "False", "false" -> Boolean.FALSE;
            case "None", "none" -> null;
            default -> FAIL;
        };
    }

    private Object string(char quote) {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c == '\\') {
                return FAIL;
            }
            out.append(c);
        }
        return FAIL;
    }

    private Object sequence(char closer) {
        pos++;
        List<Object> items = new ArrayList<>();
        while (!consume(closer)) {
            Object item = literal();
            if (item == FAIL) {
                return FAIL;
            }
            items.add(item);
            if (!consume(',') && !peekAfterSpaces(closer)) {
                return FAIL;
            }
        }
        return items;
    }

    private Object dict() {
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        while (!consume('}')) {
            Object key = literal();
            if (!(key instanceof String k) || !consume(':')) {
                return FAIL;
            }
            Object value = literal();
            if (value == FAIL) {
                return FAIL;
            }
            map.put(k, value);
            if (!consume(',') && !peekAfterSpaces('}')) {
                return FAIL;
            }
        }
        return map;
    }

    private Object number() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        String number = text.substring(start, pos);
        try {
            return number.contains(".") ? (Object) Double.parseDouble(number) : (Object) Long.parseLong(number);
        } catch (NumberFormatException e) {
            return FAIL;
        }
    }

    private boolean peekAfterSpaces(char c) {
        skipSpaces();
        return peek(c);
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
