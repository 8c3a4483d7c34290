package dev.modelsense.services;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named list items of a property YAML file ({@code models:}, {@code sources:}, {@code tables:},
 * {@code columns:} ...) read line by line from indentation. Unlike a YAML parser it keeps going through half-typed
 * or invalid text, which is what an editor has most of the time.
 */
final class YamlOutline {

    private static final int MAX_LINES = 200_000;
    /** {@code [- ]key: value}, the value possibly empty or quoted. */
    private static final Pattern LINE = Pattern.compile("^( *)(- +)?([A-Za-z_][A-Za-z0-9_\\-]*)\\s*:(?:\\s+(.*?))?\\s*$");
    private static final Pattern NAME_BEFORE_CURSOR =
            Pattern.compile("^( *)(- +)?name:\\s*['\"]?([A-Za-z0-9_]*)$");
    static final Set<String> NODE_SECTIONS = Set.of("models", "seeds", "snapshots", "analyses");

    /**
     * A list item with a {@code name:}; {@code section} is the list's key, {@code parent} the enclosing named item
     * (the model of a column, the source of a table) as an index into the outline, -1 for none; lines are 0-based,
     * {@code endLine} inclusive.
     */
    record Entry(String section, String name, int line, int column, int startLine, int endLine, int parent) {
    }

    private static final class Frame {
        final int indent;
        final String key; // null for a list item
        final int startLine;
        String name;
        int nameLine;
        int nameColumn;
        int lastLine;
        int entryIndex = -1;

        Frame(int indent, String key, int startLine) {
            this.indent = indent;
            this.key = key;
            this.startLine = startLine;
            this.lastLine = startLine;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Deque<Frame> stack = new ArrayDeque<>();

    private YamlOutline() {
    }

    /** Every named item of the file, in text order; empty for text that is not YAML-like. */
    static List<Entry> of(String text) {
        try {
            YamlOutline outline = new YamlOutline();
            String[] lines = text.split("\r\n|\r|\n", MAX_LINES + 1);
            for (int i = 0; i < Math.min(lines.length, MAX_LINES); i++) {
                outline.accept(lines[i], i);
            }
            while (!outline.stack.isEmpty()) {
                outline.close(outline.stack.pop());
            }
            return List.copyOf(outline.entries);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** The completion context of a {@code name:} value being typed at {@code cursor}. */
    static CursorContext cursorAt(String text, int cursor) {
        int lineStart = text.lastIndexOf('\n', cursor - 1) + 1;
        Matcher name = NAME_BEFORE_CURSOR.matcher(text.substring(lineStart, cursor));
        if (!name.find()) {
            return new CursorContext.Nothing();
        }
        YamlOutline outline = new YamlOutline();
        String[] lines = text.substring(0, lineStart).split("\r\n|\r|\n", -1);
        if (lines.length > MAX_LINES) {
            return new CursorContext.Nothing();
        }
        for (int i = 0; i < lines.length - 1; i++) {
            outline.accept(lines[i], i);
        }
        int indent = name.group(1).length();
        boolean dash = name.group(2) != null;
        outline.popTo(indent, dash);
        if (!dash) { // `name:` continuing an item opened by `- other_key:` above
            if (outline.stack.isEmpty() || outline.stack.peek().key != null) {
                return new CursorContext.Nothing();
            }
            outline.stack.pop();
        }
        String prefix = name.group(3);
        int start = cursor - prefix.length();
        Frame section = outline.stack.peek();
        if (section == null || section.key == null) {
            return new CursorContext.Nothing();
        }
        if (section.key.equals("models")) {
            return new CursorContext.YamlModelName(prefix, start);
        }
        if (section.key.equals("columns")) {
            Frame owner = outline.frameBelow(section);
            Frame ownerSection = owner == null ? null : outline.frameBelow(owner);
            if (owner != null && owner.key == null && owner.name != null && ownerSection != null
                    && NODE_SECTIONS.contains(ownerSection.key)) {
                return new CursorContext.YamlColumnName(owner.name, prefix, start);
            }
        }
        return new CursorContext.Nothing();
    }

    private Frame frameBelow(Frame frame) {
        boolean found = false;
        for (Frame f : stack) {
            if (found) {
                return f;
            }
            found = f == frame;
        }
        return null;
    }

    private void accept(String line, int lineNumber) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return;
        }
        Matcher m = LINE.matcher(line);
        int indent = line.length() - line.stripLeading().length();
        boolean dash = trimmed.startsWith("-");
        popTo(indent, dash);
        stack.forEach(f -> f.lastLine = lineNumber);
        if (!m.matches()) {
            if (dash) {
                stack.push(new Frame(indent, null, lineNumber)); // a scalar item such as `- unique`
            }
            return;
        }
        String key = m.group(3);
        String value = m.group(4);
        int keyColumn = m.group(1).length() + (m.group(2) == null ? 0 : m.group(2).length());
        if (dash) {
            stack.push(new Frame(indent, null, lineNumber));
        }
        if (key.equals("name") && value != null && !stack.isEmpty() && stack.peek().key == null
                && stack.peek().name == null) {
            Frame item = stack.peek();
            item.name = unquote(value);
            item.nameLine = lineNumber;
            item.nameColumn = m.start(4) + (value.startsWith("'") || value.startsWith("\"") ? 1 : 0);
            register(item);
        }
        if (value == null || value.isEmpty()) {
            stack.push(new Frame(keyColumn, key, lineNumber));
        }
    }

    /** Closes the frames a line at {@code indent} ends: deeper keys, and items at or beyond a new item's dash. */
    private void popTo(int indent, boolean dash) {
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            boolean ends = top.key != null ? top.indent >= indent && !(dash && top.indent == indent)
                    : top.indent >= indent;
            if (!ends) {
                return;
            }
            close(stack.pop());
        }
    }

    private void register(Frame item) {
        Frame section = frameBelow(item);
        if (section == null || section.key == null) {
            return;
        }
        Frame owner = frameBelow(section);
        int parent = owner != null ? owner.entryIndex : -1;
        item.entryIndex = entries.size();
        entries.add(new Entry(section.key, item.name, item.nameLine, item.nameColumn, item.startLine, item.startLine,
                parent));
    }

    private void close(Frame frame) {
        if (frame.entryIndex >= 0) {
            Entry e = entries.get(frame.entryIndex);
            entries.set(frame.entryIndex, new Entry(e.section(), e.name(), e.line(), e.column(), e.startLine(),
                    frame.lastLine, e.parent()));
        }
    }

    private static String unquote(String value) {
        String v = value.strip();
        int comment = v.indexOf(" #");
        if (comment > 0) {
            v = v.substring(0, comment).strip();
        }
        if (v.length() >= 2 && (v.startsWith("'") && v.endsWith("'") || v.startsWith("\"") && v.endsWith("\""))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
