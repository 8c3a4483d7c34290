package dev.modelsense.jinja;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Python {@code str} methods, with Python's semantics (literal splits, whitespace rules, {@code format}). */
final class PyStrings {

    private static final Set<String> METHODS = Set.of("upper", "lower", "strip", "lstrip", "rstrip", "split",
            "rsplit", "startswith", "endswith", "replace", "format", "join", "title", "capitalize", "isdigit",
            "isalpha", "isalnum", "isupper", "islower", "isspace", "isnumeric", "isdecimal", "find", "rfind",
            "index", "count", "zfill", "ljust", "rjust", "center", "splitlines", "partition", "rpartition",
            "casefold", "swapcase", "removeprefix", "removesuffix", "isidentifier");

    private PyStrings() {
    }

    static boolean isMethod(String name) {
        return METHODS.contains(name);
    }

    static Object call(String s, String method, PyArgs a) {
        return switch (method) {
            case "upper" -> s.toUpperCase(Locale.ROOT);
            case "lower", "casefold" -> s.toLowerCase(Locale.ROOT);
            case "strip" -> strip(s, chars(a), true, true);
            case "lstrip" -> strip(s, chars(a), true, false);
            case "rstrip" -> strip(s, chars(a), false, true);
            case "split" -> split(s, a.get(0, "sep", null), (int) PyValues.toLong(a.get(1, "maxsplit", -1)));
            case "rsplit" -> rsplit(s, a.get(0, "sep", null), (int) PyValues.toLong(a.get(1, "maxsplit", -1)));
            case "startswith" -> matchesAny(a.require(0, "prefix"), s::startsWith);
            case "endswith" -> matchesAny(a.require(0, "suffix"), s::endsWith);
            case "replace" -> replace(s, PyValues.str(a.require(0, "old")), PyValues.str(a.require(1, "new")),
                    (int) PyValues.toLong(a.get(2, "count", -1)));
            case "format" -> format(s, a);
            case "join" -> join(s, a.require(0, "iterable"));
            case "title" -> title(s);
            case "capitalize" -> s.isEmpty() ? s
                    : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
            case "isdigit", "isnumeric", "isdecimal" -> !s.isEmpty() && s.chars().allMatch(Character::isDigit);
            case "isalpha" -> !s.isEmpty() && s.chars().allMatch(Character::isLetter);
            case "isalnum" -> !s.isEmpty() && s.chars().allMatch(Character::isLetterOrDigit);
            case "isspace" -> !s.isEmpty() && s.chars().allMatch(Character::isWhitespace);
            case "isidentifier" -> s.matches("[A-Za-z_]\\w*");
            case "isupper" -> s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT));
            case "islower" -> s.chars().anyMatch(Character::isLetter) && s.equals(s.toLowerCase(Locale.ROOT));
            case "find" -> s.indexOf(PyValues.str(a.require(0, "sub")));
            case "rfind" -> s.lastIndexOf(PyValues.str(a.require(0, "sub")));
            case "index" -> index(s, PyValues.str(a.require(0, "sub")));
            case "count" -> count(s, PyValues.str(a.require(0, "sub")));
            case "zfill" -> zfill(s, (int) PyValues.toLong(a.require(0, "width")));
            case "ljust" -> pad(s, a, false, true);
            case "rjust" -> pad(s, a, true, false);
            case "center" -> pad(s, a, true, true);
            case "splitlines" -> List.of(s.split("\\r?\\n|\\r", -1)).stream()
                    .limit(s.endsWith("\n") ? s.split("\\r?\\n|\\r", -1).length - 1 : Long.MAX_VALUE).toList();
            case "partition" -> partition(s, PyValues.str(a.require(0, "sep")), false);
            case "rpartition" -> partition(s, PyValues.str(a.require(0, "sep")), true);
            case "swapcase" -> swapcase(s);
            case "removeprefix" -> {
                String p = PyValues.str(a.require(0, "prefix"));
                yield s.startsWith(p) ? s.substring(p.length()) : s;
            }
            case "removesuffix" -> {
                String p = PyValues.str(a.require(0, "suffix"));
                yield s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
            }
            default -> throw new DbtCompilationException("'str' object has no attribute '" + method + "'");
        };
    }

    private static String chars(PyArgs a) {
        Object chars = a.get(0, "chars", null);
        return chars == null ? null : PyValues.str(chars);
    }

    static String strip(String s, String chars, boolean left, boolean right) {
        int start = 0;
        int end = s.length();
        while (left && start < end && stripped(s.charAt(start), chars)) {
            start++;
        }
        while (right && end > start && stripped(s.charAt(end - 1), chars)) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean stripped(char c, String chars) {
        return chars == null ? Character.isWhitespace(c) : chars.indexOf(c) >= 0;
    }

    static List<String> split(String s, Object sep, int maxsplit) {
        List<String> parts = new ArrayList<>();
        if (sep == null) {
            int i = 0;
            int n = s.length();
            while (i < n) {
                while (i < n && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (maxsplit >= 0 && parts.size() == maxsplit) {
                    parts.add(strip(s.substring(i), null, false, true));
                    return parts;
                }
                int start = i;
                while (i < n && !Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                parts.add(s.substring(start, i));
            }
            return parts;
        }
        String separator = PyValues.str(sep);
        if (separator.isEmpty()) {
            throw new DbtCompilationException("empty separator");
        }
        int from = 0;
        int at;
        while ((maxsplit < 0 || parts.size() < maxsplit) && (at = s.indexOf(separator, from)) >= 0) {
            parts.add(s.substring(from, at));
            from = at + separator.length();
        }
        parts.add(s.substring(from));
        return parts;
    }

    private static List<String> rsplit(String s, Object sep, int maxsplit) {
        if (maxsplit < 0 || sep == null) {
            return split(s, sep, maxsplit);
        }
        String separator = PyValues.str(sep);
        List<String> parts = new ArrayList<>();
        int end = s.length();
        int at;
        while (parts.size() < maxsplit && (at = s.lastIndexOf(separator, end - separator.length())) >= 0) {
            parts.add(0, s.substring(at + separator.length(), end));
            end = at;
        }
        parts.add(0, s.substring(0, end));
        return parts;
    }

    private static boolean matchesAny(Object candidates, java.util.function.Predicate<String> test) {
        if (candidates instanceof Collection<?> c) {
            return c.stream().anyMatch(x -> test.test(PyValues.str(x)));
        }
        return test.test(PyValues.str(candidates));
    }

    private static String replace(String s, String old, String replacement, int count) {
        if (count < 0) {
            return s.replace(old, replacement);
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        int done = 0;
        int at;
        while (done < count && (at = s.indexOf(old, from)) >= 0) {
            out.append(s, from, at).append(replacement);
            from = at + old.length();
            done++;
        }
        return out.append(s.substring(from)).toString();
    }

    private static String join(String sep, Object iterable) {
        List<String> parts = new ArrayList<>();
        if (iterable instanceof Map<?, ?> m) {
            m.keySet().forEach(k -> parts.add(PyValues.str(k)));
        } else if (iterable instanceof Iterable<?> it) {
            it.forEach(x -> parts.add(PyValues.str(x)));
        } else if (iterable instanceof String str) {
            str.chars().forEach(c -> parts.add(String.valueOf((char) c)));
        }
        return String.join(sep, parts);
    }

    /** {@code str.format}: {@code {}}, {@code {0}}, {@code {name}}, {@code {{}}/{@code }}}, {@code !r}, simple specs. */
    static String format(String template, PyArgs a) {
        StringBuilder out = new StringBuilder();
        int auto = 0;
        int n = template.length();
        for (int i = 0; i < n; i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < n && template.charAt(i + 1) == '{') {
                out.append('{');
                i++;
            } else if (c == '}' && i + 1 < n && template.charAt(i + 1) == '}') {
                out.append('}');
                i++;
            } else if (c == '{') {
                int close = template.indexOf('}', i);
                if (close < 0) {
                    throw new DbtCompilationException("Single '{' encountered in format string");
                }
                String field = template.substring(i + 1, close);
                String spec = "";
                boolean repr = false;
                int colon = field.indexOf(':');
                if (colon >= 0) {
                    spec = field.substring(colon + 1);
                    field = field.substring(0, colon);
                }
                if (field.endsWith("!r")) {
                    repr = true;
                    field = field.substring(0, field.length() - 2);
                } else if (field.endsWith("!s")) {
                    field = field.substring(0, field.length() - 2);
                }
                Object value;
                if (field.isEmpty()) {
                    value = a.positional().get(auto++);
                } else if (field.chars().allMatch(Character::isDigit)) {
                    value = a.positional().get(Integer.parseInt(field));
                } else {
                    value = a.keywords().get(field);
                }
                String text = repr ? PyValues.repr(value) : PyValues.str(value);
                out.append(applySpec(text, spec));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String applySpec(String text, String spec) {
        if (spec.isEmpty()) {
            return text;
        }
        char align = '<';
        String width = spec;
        if (spec.charAt(0) == '<' || spec.charAt(0) == '>' || spec.charAt(0) == '^') {
            align = spec.charAt(0);
            width = spec.substring(1);
        }
        if (!width.matches("\\d+")) {
            return text;
        }
        int w = Integer.parseInt(width);
        int padding = Math.max(0, w - text.length());
        return switch (align) {
            case '>' -> " ".repeat(padding) + text;
            case '^' -> " ".repeat(padding / 2) + text + " ".repeat(padding - padding / 2);
            default -> text + " ".repeat(padding);
        };
    }

    private static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean previousLetter = false;
        for (char c : s.toCharArray()) {
            out.append(previousLetter ? Character.toLowerCase(c) : Character.toUpperCase(c));
            previousLetter = Character.isLetter(c);
        }
        return out.toString();
    }

    private static int index(String s, String sub) {
        int at = s.indexOf(sub);
        if (at < 0) {
            throw new DbtCompilationException("substring not found");
        }
        return at;
    }

    private static int count(String s, String sub) {
        if (sub.isEmpty()) {
            return s.length() + 1;
        }
        int count = 0;
        for (int at = s.indexOf(sub); at >= 0; at = s.indexOf(sub, at + sub.length())) {
            count++;
        }
        return count;
    }

    private static String zfill(String s, int width) {
        if (s.length() >= width) {
            return s;
        }
        boolean sign = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+');
        String zeros = "0".repeat(width - s.length());
        return sign ? s.charAt(0) + zeros + s.substring(1) : zeros + s;
    }

    private static String pad(String s, PyArgs a, boolean left, boolean right) {
        int width = (int) PyValues.toLong(a.require(0, "width"));
        String fill = PyValues.str(a.get(1, "fillchar", " "));
        int total = Math.max(0, width - s.length());
        if (left && right) {
            int leftPad = total / 2 + (total % 2 & width % 2);
            return fill.repeat(leftPad) + s + fill.repeat(total - leftPad);
        }
        return left ? fill.repeat(total) + s : s + fill.repeat(total);
    }

    private static List<String> partition(String s, String sep, boolean fromRight) {
        int at = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (at < 0) {
            return fromRight ? List.of("", "", s) : List.of(s, "", "");
        }
        return List.of(s.substring(0, at), sep, s.substring(at + sep.length()));
    }

    private static String swapcase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return out.toString();
    }
}
