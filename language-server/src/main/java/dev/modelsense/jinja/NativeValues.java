package dev.modelsense.jinja;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * dbt's native rendering of YAML values: the rendered text becomes a bool/int/float/None/list/dict when it reads as a
 * Python literal ({@code ast.literal_eval}), else stays a string.
 */
final class NativeValues {

    private NativeValues() {
    }

    static Object fromText(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return text;
        }
        try {
            Parser p = new Parser(s);
            Object value = p.value();
            p.skipSpaces();
            return p.pos == s.length() ? value : text;
        } catch (RuntimeException e) {
            return text;
        }
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        void skipSpaces() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        Object value() {
            skipSpaces();
            char c = s.charAt(pos);
            if (c == '[' || c == '(') {
                return list(c == '[' ? ']' : ')');
            }
            if (c == '{') {
                return dict();
            }
            if (c == '\'' || c == '"') {
                return string();
            }
            int start = pos;
            while (pos < s.length() && "[](){},: \t\n".indexOf(s.charAt(pos)) < 0) {
                pos++;
            }
            String word = s.substring(start, pos);
            return switch (word) {
                case "True" -> true;
                case "False" -> false;
                case "None" -> null;
                default -> number(word);
            };
        }

        private Object number(String word) {
            if (word.matches("[-+]?\\d+")) {
                return Long.parseLong(word);
            }
            if (word.matches("[-+]?(\\d+\\.\\d*|\\.\\d+|\\d+(\\.\\d*)?[eE][-+]?\\d+)")) {
                return Double.parseDouble(word);
            }
            throw new IllegalArgumentException("not a literal: " + word);
        }

        private List<Object> list(char close) {
            pos++;
            List<Object> out = new ArrayList<>();
            skipSpaces();
            while (s.charAt(pos) != close) {
                out.add(value());
                skipSpaces();
                if (s.charAt(pos) == ',') {
                    pos++;
                    skipSpaces();
                }
            }
            pos++;
            return out;
        }

        private Map<Object, Object> dict() {
            pos++;
            Map<Object, Object> out = new LinkedHashMap<>();
            skipSpaces();
            while (s.charAt(pos) != '}') {
                Object key = value();
                skipSpaces();
                if (s.charAt(pos++) != ':') {
                    throw new IllegalArgumentException("expected ':'");
                }
                out.put(key, value());
                skipSpaces();
                if (s.charAt(pos) == ',') {
                    pos++;
                    skipSpaces();
                }
            }
            pos++;
            return out;
        }

        private String string() {
            char quote = s.charAt(pos++);
            StringBuilder out = new StringBuilder();
            while (s.charAt(pos) != quote) {
                char c = s.charAt(pos++);
                if (c == '\\') {
                    char e = s.charAt(pos++);
                    out.append(switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        default -> e;
                    });
                } else {
                    out.append(c);
                }
            }
            pos++;
            return out.toString();
        }
    }
}
