package dev.modelsense.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds calls such as {@code ref('pkg', 'model', v=2)}, {@code source('s', 't')}, {@code var('x')} and
 * {@code doc("d")} in raw text with the offsets of their literal arguments. A plain scan, not a Jinja parse: it works
 * on half-typed text, in SQL, in YAML descriptions and in test arguments ({@code to: ref('customers')}), and it is
 * linear in the text's length.
 */
final class TemplateCalls {

    /** The functions whose literal arguments name things in the project. */
    static final Set<String> NAMING_FUNCTIONS = Set.of("ref", "source", "var", "doc", "env_var", "config");

    private static final int MAX_CALL_LENGTH = 4_000;
    private static final int MAX_ARGUMENTS = 32;

    /**
     * One argument; {@code value} is the literal's content (strings unquoted, numbers as written) or null for an
     * expression; {@code start}/{@code end} delimit the content (inside the quotes for strings).
     */
    record Argument(String keyword, String value, int start, int end, boolean quoted) {
        boolean contains(int offset) {
            return start <= offset && offset <= end;
        }
    }

    /** A call from its function name ({@code start}) to after its closing parenthesis ({@code end}). */
    record Call(String function, int start, int end, List<Argument> arguments) {

        List<Argument> positional() {
            return arguments.stream().filter(a -> a.keyword() == null).toList();
        }

        Optional<Argument> keyword(String name) {
            return arguments.stream().filter(a -> name.equals(a.keyword())).findFirst();
        }

        /** The quoted argument whose content holds the offset. */
        Optional<Argument> argumentAt(int offset) {
            return arguments.stream().filter(a -> a.quoted() && a.contains(offset)).findFirst();
        }
    }

    private TemplateCalls() {
    }

    /** Every call of one of {@code functions}, in text order. */
    static List<Call> find(String text, Set<String> functions) {
        List<Call> calls = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!isIdentifierStart(c) || (i > 0 && (isIdentifierPart(text.charAt(i - 1)) || text.charAt(i - 1) == '.'))) {
                i++;
                continue;
            }
            int nameEnd = i;
            while (nameEnd < n && isIdentifierPart(text.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = text.substring(i, nameEnd);
            int open = skipSpaces(text, nameEnd);
            if (functions.contains(name) && open < n && text.charAt(open) == '(') {
                calls.add(parseArguments(text, name, i, open + 1));
            }
            i = nameEnd; // calls nest: config(pre_hook=ref('a')) holds a ref
        }
        return calls;
    }

    /** The call of one of {@code functions} whose extent holds the offset (the innermost when nested). */
    static Optional<Call> at(String text, int offset, Set<String> functions) {
        Call found = null;
        for (Call call : find(text, functions)) {
            if (call.start() <= offset && offset <= call.end()) {
                found = call;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Call parseArguments(String text, String name, int start, int from) {
        List<Argument> arguments = new ArrayList<>();
        int limit = (int) Math.min(text.length(), (long) from + MAX_CALL_LENGTH);
        int i = from;
        while (i < limit && arguments.size() < MAX_ARGUMENTS) {
            i = skipSpaces(text, i);
            if (i >= limit) {
                break;
            }
            char c = text.charAt(i);
            if (c == ')') {
                return new Call(name, start, i + 1, List.copyOf(arguments));
            }
            if (c == ',') {
                i++;
                continue;
            }
            String keyword = null;
            int afterName = i;
            while (afterName < limit && isIdentifierPart(text.charAt(afterName))) {
                afterName++;
            }
            int eq = skipSpaces(text, afterName);
            if (afterName > i && isIdentifierStart(c) && eq < limit && text.charAt(eq) == '='
                    && (eq + 1 >= limit || text.charAt(eq + 1) != '=')) {
                keyword = text.substring(i, afterName);
                i = skipSpaces(text, eq + 1);
                if (i >= limit) {
                    break;
                }
                c = text.charAt(i);
            }
            if (c == '\'' || c == '"') {
                int close = closingQuote(text, i, limit);
                int contentEnd = close < 0 ? lineEnd(text, i + 1, limit) : close;
                arguments.add(new Argument(keyword, text.substring(i + 1, contentEnd), i + 1, contentEnd, true));
                if (close < 0) {
                    return new Call(name, start, contentEnd, List.copyOf(arguments)); // an unclosed string ends the call
                }
                i = close + 1;
            } else {
                int end = skipExpression(text, i, limit);
                if (end == i) {
                    return new Call(name, start, i, List.copyOf(arguments)); // '}}' or '%}' before ')'
                }
                String literal = text.substring(i, end).trim();
                boolean number = literal.matches("-?\\d+(\\.\\d+)?");
                arguments.add(new Argument(keyword, number ? literal : null, i, i + literal.length(), false));
                i = end;
            }
        }
        return new Call(name, start, i, List.copyOf(arguments));
    }

    /** Skips one argument expression: to the next top-level comma or closing parenthesis. */
    private static int skipExpression(String text, int from, int limit) {
        int depth = 0;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int close = closingQuote(text, i, limit);
                if (close < 0) {
                    return limit;
                }
                i = close;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            } else if (c == '%' && depth == 0 && i + 1 < limit && text.charAt(i + 1) == '}') {
                return i; // the tag ended without closing the call: stop rather than read the SQL after it
            }
        }
        return limit;
    }

    /** Index of the quote closing the string opened at {@code open}, or -1 when the line ends first. */
    static int closingQuote(String text, int open, int limit) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            } else if (c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }

    private static int lineEnd(String text, int from, int limit) {
        int i = from;
        while (i < limit && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isIdentifierStart(char c) {
        return c == '_' || (c < 128 && Character.isLetter(c));
    }

    static boolean isIdentifierPart(char c) {
        return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
    }
}
