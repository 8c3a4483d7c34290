package dev.modelsense.services;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the cursor is in from the current, maybe half-typed, text: a string argument of {@code ref}/
 * {@code source}/{@code var}/{@code doc}/{@code config}, a macro or keyword name, a column after {@code alias.}, plain
 * SQL, or a YAML {@code name:}. Looks only at a bounded window before the cursor, so it is cheap on any file.
 */
final class JinjaCursor {

    /** How far back a Jinja tag's opening is searched for; no real tag is longer. */
    private static final int WINDOW = 20_000;
    private static final Pattern QUALIFIED = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z0-9_]*)$");
    private static final Pattern WORD = Pattern.compile("([A-Za-z0-9_]*)$");

    private JinjaCursor() {
    }

    static CursorContext at(String text, int offset, boolean yaml) {
        try {
            int cursor = Math.max(0, Math.min(offset, text.length()));
            int windowStart = Math.max(0, cursor - WINDOW);
            String before = text.substring(windowStart, cursor);
            if (before.lastIndexOf("{#") > before.lastIndexOf("#}")) {
                return new CursorContext.Nothing(); // in a comment, whatever it contains
            }
            int open = lastOpener(before);
            if (open >= 0) {
                if (before.startsWith("{#", open)) {
                    return new CursorContext.Nothing();
                }
                boolean tag = before.startsWith("{%", open);
                return inJinja(text, windowStart + open + 2, cursor, tag);
            }
            return yaml ? YamlOutline.cursorAt(text, cursor) : inSql(text, cursor);
        } catch (RuntimeException e) {
            return new CursorContext.Nothing(); // odd input never fails a request
        }
    }

    /** Offset in {@code before} of the Jinja opener still open at its end, or -1. */
    private static int lastOpener(String before) {
        int open = Math.max(before.lastIndexOf("{{"), Math.max(before.lastIndexOf("{%"), before.lastIndexOf("{#")));
        if (open < 0) {
            return -1;
        }
        int close = Math.max(before.lastIndexOf("}}"), Math.max(before.lastIndexOf("%}"), before.lastIndexOf("#}")));
        return close > open ? -1 : open;
    }

    private static CursorContext inSql(String text, int cursor) {
        int lineStart = Math.max(text.lastIndexOf('\n', cursor - 1) + 1, cursor - 500);
        String line = text.substring(Math.max(0, lineStart), cursor);
        if (line.contains("--")) {
            return new CursorContext.Nothing();
        }
        Matcher qualified = QUALIFIED.matcher(line);
        if (qualified.find()) {
            return new CursorContext.QualifiedColumn(qualified.group(1), qualified.group(2),
                    cursor - qualified.group(2).length());
        }
        Matcher word = WORD.matcher(line);
        String prefix = word.find() ? word.group(1) : "";
        return new CursorContext.Sql(prefix, cursor - prefix.length());
    }

    /** One open call or bracket while tokenizing a Jinja expression. */
    private static final class Frame {
        final String function;
        final List<String> positional = new ArrayList<>();
        String keyword;
        String literal;
        boolean hasValue;

        Frame(String function) {
            this.function = function;
        }

        void endArgument() {
            if (keyword == null && hasValue) {
                positional.add(literal);
            }
            keyword = null;
            literal = null;
            hasValue = false;
        }
    }

    private static CursorContext inJinja(String text, int from, int cursor, boolean tag) {
        int i = from;
        while (i < cursor && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        Deque<Frame> frames = new ArrayDeque<>();
        List<String> dotted = new ArrayList<>(); // the dotted name just read, e.g. [dbt_utils, star]
        boolean anyToken = false;
        boolean afterDot = false;
        while (i < cursor) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '\'' || c == '"') {
                int close = closing(text, i, cursor);
                if (close < 0) {
                    return inString(text, frames.peek(), c, i + 1, cursor);
                }
                if (!frames.isEmpty()) {
                    frames.peek().literal = text.substring(i + 1, close);
                    frames.peek().hasValue = true;
                }
                dotted.clear();
                afterDot = false;
                anyToken = true;
                i = close + 1;
                continue;
            }
            if (TemplateCalls.isIdentifierStart(c)) {
                int end = i;
                while (end < cursor && TemplateCalls.isIdentifierPart(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                if (end == cursor) {
                    String namespace = afterDot && !dotted.isEmpty() ? String.join(".", dotted) : null;
                    return nameAt(frames.peek(), namespace, word, i, tag && !anyToken);
                }
                if (!afterDot) {
                    dotted.clear();
                }
                dotted.add(word);
                afterDot = false;
                anyToken = true;
                if (!frames.isEmpty()) {
                    Frame top = frames.peek();
                    int next = skipSpaces(text, end, cursor);
                    if (next < cursor && text.charAt(next) == '=' && (next + 1 >= cursor || text.charAt(next + 1) != '=')) {
                        top.keyword = word;
                        i = next + 1;
                        dotted.clear();
                        continue;
                    }
                    top.hasValue = true;
                    top.literal = null;
                }
                i = end;
                continue;
            }
            anyToken = true;
            switch (c) {
                case '.' -> {
                    afterDot = !dotted.isEmpty();
                    i++;
                    continue;
                }
                case '(' -> frames.push(new Frame(dotted.isEmpty() ? null : String.join(".", dotted)));
                case '[', '{' -> frames.push(new Frame(null));
                case ')', ']', '}' -> {
                    if (!frames.isEmpty()) {
                        frames.pop();
                    }
                    if (!frames.isEmpty()) {
                        frames.peek().hasValue = true;
                        frames.peek().literal = null;
                    }
                }
                case ',' -> {
                    if (!frames.isEmpty()) {
                        frames.peek().endArgument();
                    }
                }
                default -> {
                    if (!frames.isEmpty() && c != '=') {
                        frames.peek().literal = null;
                    }
                }
            }
            dotted.clear();
            afterDot = false;
            i++;
        }
        String namespace = afterDot && !dotted.isEmpty() ? String.join(".", dotted) : null;
        return nameAt(frames.peek(), namespace, "", cursor, tag && !anyToken);
    }

    private static CursorContext nameAt(Frame frame, String namespace, String prefix, int start, boolean tagStart) {
        if (namespace == null && frame != null && frame.function != null && frame.keyword == null) {
            return new CursorContext.CallArgument(frame.function, prefix, start);
        }
        return new CursorContext.JinjaName(namespace, prefix, start, tagStart);
    }

    private static CursorContext inString(String text, Frame frame, char quote, int contentStart, int cursor) {
        if (frame == null || frame.function == null) {
            return new CursorContext.Nothing();
        }
        int end = cursor;
        while (end < text.length() && end - cursor < 500 && isNamePart(text.charAt(end))) {
            end++;
        }
        boolean closed = end < text.length() && text.charAt(end) == quote;
        return new CursorContext.InString(frame.function, frame.positional.size(), frame.keyword,
                java.util.Collections.unmodifiableList(new ArrayList<>(frame.positional)), text.substring(contentStart, cursor), quote, contentStart,
                closed ? end + 1 : end, closed);
    }

    private static boolean isNamePart(char c) {
        return TemplateCalls.isIdentifierPart(c) || c == '.' || c == '-';
    }

    /** The closing quote of the string opened at {@code open} before {@code limit}, or -1. */
    private static int closing(String text, int open, int limit) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpaces(String text, int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
