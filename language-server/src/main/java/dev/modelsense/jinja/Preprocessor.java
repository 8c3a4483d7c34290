package dev.modelsense.jinja;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Jinja2 syntax that Jinjava's expression parser cannot read into equivalent Jinjava syntax, keeping every
 * line break where it was so error lines still match the user's file. Only code inside {@code {{ }}} and
 * {@code {% %}} is touched, never string literals, comments or {@code raw} blocks:
 * <ul>
 *   <li>{@code f(a)(b)} becomes {@code f(a).call(b)} (calling a call's result, e.g. {@code adapter.dispatch(...)(...)})</li>
 *   <li>{@code f(*xs, **kw)} becomes {@code f(__spread(xs), __kwspread(kw))}</li>
 *   <li>a trailing {@code :} in {@code if/elif/else/for} tags is dropped, as Jinja2 tolerates it</li>
 *   <li>{@code }}} inside an expression's brackets becomes {@code } }} so the expression does not end early</li>
 *   <li>{@code set a, b = expr} is unpacked through a temporary</li>
 *   <li>{@code True/False/None} become {@code true/false/none}</li>
 * </ul>
 */
final class Preprocessor {

    private static final Pattern RAW_START = Pattern.compile("\\{%-?\\s*raw\\s*-?%}");
    private static final Pattern RAW_END = Pattern.compile("\\{%-?\\s*endraw\\s*-?%}");
    private static final Pattern COLON_TAG = Pattern.compile("^(\\s*(?:if|elif|else|for)\\b.*?)\\s*:(\\s*)$", Pattern.DOTALL);
    private static final Pattern SET_UNPACK =
            Pattern.compile("^(\\s*)set\\s+([A-Za-z_]\\w*(?:\\s*,\\s*[A-Za-z_]\\w*)+)\\s*=(.*)$", Pattern.DOTALL);

    private Preprocessor() {
    }

    static String rewrite(String source) {
        if (source.indexOf('{') < 0) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length() + 32);
        int i = 0;
        int n = source.length();
        while (i < n) {
            int open = source.indexOf('{', i);
            if (open < 0 || open + 1 >= n) {
                out.append(source, i, n);
                break;
            }
            char kind = source.charAt(open + 1);
            if (kind != '{' && kind != '%' && kind != '#') {
                out.append(source, i, open + 1);
                i = open + 1;
                continue;
            }
            out.append(source, i, open);
            if (kind == '#') {
                int end = source.indexOf("#}", open + 2);
                end = end < 0 ? n : end + 2;
                out.append(comment(source.substring(open, end)));
                i = end;
                continue;
            }
            if (kind == '%') {
                Matcher raw = RAW_START.matcher(source).region(open, n);
                if (raw.lookingAt()) {
                    Matcher rawEnd = RAW_END.matcher(source);
                    int end = rawEnd.find(raw.end()) ? rawEnd.end() : n;
                    out.append(source, open, end);
                    i = end;
                    continue;
                }
            }
            int end = findEnd(source, open + 2, kind == '{' ? '}' : '%');
            String delimiterOpen = source.substring(open, open + 2);
            int codeStart = open + 2;
            boolean trimLeft = codeStart < end && source.charAt(codeStart) == '-';
            if (trimLeft) {
                codeStart++;
            }
            int codeEnd = end;
            boolean trimRight = codeEnd > codeStart && source.charAt(codeEnd - 1) == '-';
            if (trimRight) {
                codeEnd--;
            }
            String code = rewriteCode(source.substring(codeStart, codeEnd), kind == '{');
            String closing = end < n ? source.substring(end, Math.min(n, end + 2)) : "";
            if (kind == '%') {
                code = dropTrailingColon(code);
                String unpacked = unpackSet(code, delimiterOpen, trimLeft, trimRight, closing);
                if (unpacked != null) {
                    out.append(unpacked);
                    i = Math.min(n, end + 2);
                    continue;
                }
            }
            out.append(delimiterOpen).append(trimLeft ? "-" : "").append(code).append(trimRight ? "-" : "")
                    .append(closing);
            i = Math.min(n, end + 2);
        }
        return out.toString();
    }

    /**
     * The offset of the first {@code {{}, {@code {%} or {@code {#} that is never closed (a missing {@code }}}, or an
     * unclosed string inside the tag), or -1. Jinja2 rejects such a template; Jinjava would print it as text.
     */
    static int unclosedTag(String source) {
        int n = source.length();
        int i = 0;
        while (i < n) {
            int open = source.indexOf('{', i);
            if (open < 0 || open + 1 >= n) {
                return -1;
            }
            char kind = source.charAt(open + 1);
            if (kind == '#') {
                int end = source.indexOf("#}", open + 2);
                if (end < 0) {
                    return open;
                }
                i = end + 2;
            } else if (kind == '{' || kind == '%') {
                if (kind == '%') {
                    Matcher raw = RAW_START.matcher(source).region(open, n);
                    if (raw.lookingAt()) {
                        Matcher rawEnd = RAW_END.matcher(source);
                        if (!rawEnd.find(raw.end())) {
                            return open;
                        }
                        i = rawEnd.end();
                        continue;
                    }
                }
                int end = findEnd(source, open + 2, kind == '{' ? '}' : '%');
                if (end >= n - 1) {
                    return open;
                }
                i = end + 2;
            } else {
                i = open + 1;
            }
        }
        return -1;
    }

    /**
     * Jinjava does not trim around {@code {#- -#}} everywhere Jinja2 does; a comment with trim markers becomes an
     * empty {@code if false} block with the same markers (tags trim reliably), keeping the comment's line breaks.
     */
    private static String comment(String comment) {
        boolean trimLeft = comment.startsWith("{#-");
        boolean trimRight = comment.endsWith("-#}") && comment.length() >= (trimLeft ? 6 : 5);
        if (!trimLeft && !trimRight) {
            return comment;
        }
        String lineBreaks = comment.replaceAll("[^\\n]", "");
        return (trimLeft ? "{%- " : "{% ") + "if false " + (trimRight ? "-%}" : "%}") + lineBreaks
                + "{% endif " + (trimRight ? "-%}" : "%}");
    }

    /** Index of the closing {@code }}} or {@code %}} (its first char), outside strings and, for {@code }}}, brackets. */
    private static int findEnd(String s, int from, char closer) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (closer == '%') {
                if (c == '%' && s.charAt(i + 1) == '}') {
                    return i;
                }
            } else if (c == '}' && depth == 0 && s.charAt(i + 1) == '}') {
                return i;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return s.length();
    }

    private static String rewriteCode(String code, boolean expression) {
        StringBuilder out = new StringBuilder(code.length() + 16);
        int depth = 0;
        int n = code.length();
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            if (c == '\'' || c == '"') {
                int end = skipString(code, i);
                out.append(code, i, end);
                i = end - 1;
                continue;
            }
            if ((c == ')' || c == ']' || c == '}') ) {
                dropTrailingComma(out);
            }
            if (c == ')' ) {
                out.append(c);
                int j = skipSpaces(code, i + 1);
                if (j < n && code.charAt(j) == '(') {
                    out.append(".call");
                    i = j - 1;
                }
                continue;
            }
            if (c == '}' && expression && depth > 0 && i + 1 < n && code.charAt(i + 1) == '}') {
                out.append("} ");
                depth--;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
            if (c == '*' && startsArgument(out)) {
                boolean keywords = i + 1 < n && code.charAt(i + 1) == '*';
                int argStart = i + (keywords ? 2 : 1);
                int argEnd = argumentEnd(code, argStart);
                out.append(keywords ? "__kwspread(" : "__spread(")
                        .append(rewriteCode(code.substring(argStart, argEnd), expression)).append(')');
                i = argEnd - 1;
                continue;
            }
            if (Character.isJavaIdentifierStart(c) && (i == 0 || !isIdentifierPart(code.charAt(i - 1)))) {
                int end = i;
                while (end < n && isIdentifierPart(code.charAt(end))) {
                    end++;
                }
                String word = code.substring(i, end);
                boolean attribute = out.length() > 0 && out.charAt(out.length() - 1) == '.';
                out.append(attribute ? word : switch (word) {
                    case "True" -> "true";
                    case "False" -> "false";
                    case "None" -> "none";
                    default -> word;
                });
                i = end - 1;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Python allows {@code f(a, b,)} and {@code [1, 2,]}; JUEL does not. The comma becomes a space. */
    private static void dropTrailingComma(StringBuilder out) {
        for (int k = out.length() - 1; k >= 0; k--) {
            char p = out.charAt(k);
            if (p == ',') {
                out.setCharAt(k, ' ');
                return;
            }
            if (!Character.isWhitespace(p)) {
                return;
            }
        }
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isJavaIdentifierPart(c);
    }

    /** True when a {@code *} here starts a spread argument: it follows {@code (} or {@code ,}. */
    private static boolean startsArgument(StringBuilder out) {
        for (int k = out.length() - 1; k >= 0; k--) {
            char p = out.charAt(k);
            if (!Character.isWhitespace(p)) {
                return p == '(' || p == ',';
            }
        }
        return false;
    }

    private static int argumentEnd(String code, int from) {
        int depth = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipString(code, i) - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return code.length();
    }

    private static int skipString(String code, int start) {
        char quote = code.charAt(start);
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        return code.length();
    }

    private static int skipSpaces(String code, int from) {
        int j = from;
        while (j < code.length() && (code.charAt(j) == ' ' || code.charAt(j) == '\t')) {
            j++;
        }
        return j;
    }

    private static String dropTrailingColon(String code) {
        if (code.indexOf(':') < 0) {
            return code;
        }
        Matcher m = COLON_TAG.matcher(code);
        if (m.matches() && !insideString(code, code.lastIndexOf(':'))) {
            return m.group(1) + " " + m.group(2);
        }
        return code;
    }

    private static boolean insideString(String code, int index) {
        char quote = 0;
        for (int i = 0; i < index; i++) {
            char c = code.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            }
        }
        return quote != 0;
    }

    /** {@code set a, b = expr} where expr is one value: unpack it through {@code __unpack}. */
    private static String unpackSet(String code, String open, boolean trimLeft, boolean trimRight, String closing) {
        Matcher m = SET_UNPACK.matcher(code);
        if (!m.matches() || hasTopLevelComma(m.group(3))) {
            return null;
        }
        String[] names = m.group(2).split("\\s*,\\s*");
        StringBuilder out = new StringBuilder();
        out.append(open).append(trimLeft ? "-" : "").append(" set __unpack =").append(m.group(3)).append(" %}");
        for (int k = 0; k < names.length; k++) {
            boolean last = k == names.length - 1;
            out.append("{% set ").append(names[k].trim()).append(" = __unpack[").append(k).append("] ")
                    .append(last && trimRight ? "-" : "").append(last ? closing : "%}");
        }
        return out.toString();
    }

    private static boolean hasTopLevelComma(String expr) {
        int depth = 0;
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipString(expr, i) - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                return true;
            }
        }
        return false;
    }
}
