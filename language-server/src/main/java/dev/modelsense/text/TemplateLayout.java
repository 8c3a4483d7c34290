package dev.modelsense.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where a Jinja template's tags are: {@code {{ }}}, {@code {% %}} and {@code {# #}}, with the {@code -}/{@code +}
 * whitespace markers, string literals that may hold a closing delimiter, and {@code {% raw %}} blocks whose
 * content is plain text. Everything between tags is text that Jinja copies to the output. Only positions are
 * recorded: this is a map for the source map, not a parser, so it never rejects a template.
 */
record TemplateLayout(List<Tag> tags, List<Loop> loops) {

    enum Kind { EXPRESSION, STATEMENT, COMMENT }

    /** A tag spanning {@code [start, end)}; {@code contentStart} is its first character after the delimiter. */
    record Tag(int start, int end, int contentStart, Kind kind, String keyword) {
    }

    /** A {@code for} block: the body between the two tags is what a loop repeats. */
    record Loop(int forStart, int bodyStart, int bodyEnd, int endforEnd) {
    }

    /** Tags starting in {@code [start, end)}, in order. */
    List<Tag> tagsWithin(int start, int end) {
        int lo = 0;
        int hi = tags.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tags.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int stop = lo;
        while (stop < tags.size() && tags.get(stop).start() < end) {
            stop++;
        }
        return tags.subList(lo, stop);
    }

    /** Text pieces between tags, as {start, end} pairs: what Jinja copies to the output. */
    List<int[]> textPieces(int length) {
        List<int[]> pieces = new ArrayList<>();
        int at = 0;
        for (Tag tag : tags) {
            if (tag.start() > at) {
                pieces.add(new int[] {at, tag.start()});
            }
            at = Math.max(at, tag.end());
        }
        if (at < length) {
            pieces.add(new int[] {at, length});
        }
        return pieces;
    }

    static TemplateLayout scan(String raw) {
        List<Tag> tags = new ArrayList<>();
        List<Loop> loops = new ArrayList<>();
        Deque<Tag> openLoops = new ArrayDeque<>();
        int at = 0;
        while (true) {
            int open = nextTagOpen(raw, at);
            if (open < 0) {
                break;
            }
            Tag tag = readTag(raw, open);
            if (tag.kind() == Kind.STATEMENT && tag.keyword().equals("raw")) {
                // {% raw %}...{% endraw %}: the content is output as is; its tags are not tags.
                tags.add(tag);
                int close = findEndRaw(raw, tag.end());
                if (close < 0) {
                    break;
                }
                Tag endRaw = readTag(raw, close);
                tags.add(endRaw);
                at = endRaw.end();
                continue;
            }
            tags.add(tag);
            if (tag.kind() == Kind.STATEMENT) {
                if (tag.keyword().equals("for")) {
                    openLoops.push(tag);
                } else if (tag.keyword().equals("endfor") && !openLoops.isEmpty()) {
                    Tag forTag = openLoops.pop();
                    loops.add(new Loop(forTag.start(), forTag.end(), tag.start(), tag.end()));
                }
            }
            at = tag.end();
        }
        return new TemplateLayout(List.copyOf(tags), List.copyOf(loops));
    }

    private static int nextTagOpen(String raw, int from) {
        for (int i = raw.indexOf('{', from); i >= 0 && i + 1 < raw.length(); i = raw.indexOf('{', i + 1)) {
            char next = raw.charAt(i + 1);
            if (next == '{' || next == '%' || next == '#') {
                return i;
            }
        }
        return -1;
    }

    private static Tag readTag(String raw, int open) {
        char marker = raw.charAt(open + 1);
        Kind kind = marker == '{' ? Kind.EXPRESSION : marker == '%' ? Kind.STATEMENT : Kind.COMMENT;
        char closer = marker == '{' ? '}' : marker;
        int contentStart = open + 2;
        if (contentStart < raw.length() && (raw.charAt(contentStart) == '-' || raw.charAt(contentStart) == '+')) {
            contentStart++;
        }
        while (contentStart < raw.length() && Character.isWhitespace(raw.charAt(contentStart))) {
            contentStart++;
        }
        int end = kind == Kind.COMMENT
                ? closeOfComment(raw, open + 2)
                : closeSkippingStrings(raw, open + 2, closer);
        contentStart = Math.min(contentStart, end);
        String keyword = kind == Kind.STATEMENT ? leadingWord(raw, contentStart, end) : "";
        return new Tag(open, end, contentStart, kind, keyword);
    }

    private static int closeOfComment(String raw, int from) {
        int close = raw.indexOf("#}", from);
        return close < 0 ? raw.length() : close + 2;
    }

    /** End of a tag: the first {@code closer}+'}' outside a string literal; an unclosed tag runs to the end. */
    private static int closeSkippingStrings(String raw, int from, char closer) {
        char quote = 0;
        for (int i = from; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == closer && i + 1 < raw.length() && raw.charAt(i + 1) == '}') {
                return i + 2;
            }
        }
        return raw.length();
    }

    private static String leadingWord(String raw, int from, int end) {
        int stop = from;
        while (stop < end && (Character.isLetterOrDigit(raw.charAt(stop)) || raw.charAt(stop) == '_')) {
            stop++;
        }
        return raw.substring(from, stop);
    }

    private static int findEndRaw(String raw, int from) {
        for (int open = nextTagOpen(raw, from); open >= 0; open = nextTagOpen(raw, open + 2)) {
            if (raw.charAt(open + 1) == '%') {
                Tag tag = readTag(raw, open);
                if (tag.keyword().equals("endraw")) {
                    return open;
                }
            }
        }
        return -1;
    }
}
