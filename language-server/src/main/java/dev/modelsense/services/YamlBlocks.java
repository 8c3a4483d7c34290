package dev.modelsense.services;

import dev.modelsense.text.LineIndex;

import java.util.List;
import java.util.Optional;

/**
 * The block structure of a property YAML file as written, for inserting lines where a person would: a list entry
 * ({@code - name: orders} and the keys under it), a key's nested block, the end of a list. Works on block-style YAML;
 * a flow-style value ({@code columns: []}) is reported as such so the caller can leave it alone.
 */
final class YamlBlocks {

    /** An entry of a list: {@code dashLine} holds its {@code -}, its keys sit at {@code keyIndent}. */
    record Entry(int dashLine, int keyIndent, int endLine) {
    }

    /** A key inside an entry or at the top level: where it is, whether its value is written on the same line. */
    record Key(int line, int indent, boolean inlineValue) {
    }

    private final LineIndex lines;

    YamlBlocks(String text) {
        this.lines = LineIndex.of(text);
    }

    LineIndex lines() {
        return lines;
    }

    /** The list entry whose {@code name:} value starts at this line and column; empty when the text moved. */
    Optional<Entry> entryAt(int nameLine, int nameColumn, String name) {
        if (nameLine >= lines.lineCount()) {
            return Optional.empty();
        }
        String text = lines.lineText(nameLine);
        if (nameColumn > text.length() || !text.substring(nameColumn).replaceFirst("^['\"]", "").startsWith(name)) {
            return Optional.empty();
        }
        int key = text.lastIndexOf("name", nameColumn);
        if (key < 0) {
            return Optional.empty();
        }
        int dashLine = nameLine;
        while (dashLine >= 0 && !opensEntry(dashLine, key)) {
            if (dashLine < nameLine && !blank(dashLine) && indent(dashLine) < key) {
                return Optional.empty();
            }
            dashLine--;
        }
        return dashLine < 0 ? Optional.empty() : Optional.of(new Entry(dashLine, key, blockEnd(dashLine, key)));
    }

    /** A key of an entry (on its dash line or at its key indent). */
    Optional<Key> keyIn(Entry entry, String key) {
        for (int line = entry.dashLine(); line < entry.endLine(); line++) {
            if (line == entry.dashLine() || (!blank(line) && indent(line) == entry.keyIndent())) {
                Optional<Key> found = keyOn(line, entry.keyIndent(), key);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** A top-level key such as {@code models:}. */
    Optional<Key> topLevelKey(String key) {
        for (int line = 0; line < lines.lineCount(); line++) {
            if (!blank(line) && indent(line) == 0) {
                Optional<Key> found = keyOn(line, 0, key);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The indentation of the {@code -} of the list under a key and the last line that list holds; the dash indent
     * is empty when the list has no entry yet.
     */
    ListBlock listUnder(Key key) {
        int dashIndent = -1;
        int last = key.line();
        for (int line = key.line() + 1; line < lines.lineCount(); line++) {
            if (blank(line)) {
                continue;
            }
            int indent = indent(line);
            if (dashIndent < 0) {
                if (indent < key.indent() || !isDashAt(line, indent)) {
                    break; // no list under the key (an empty key, or a mapping)
                }
                dashIndent = indent;
            } else if (indent < dashIndent || (indent == dashIndent && !isDashAt(line, indent))) {
                break;
            }
            last = line;
        }
        return new ListBlock(dashIndent, last);
    }

    record ListBlock(int dashIndent, int lastLine) {
    }

    /** The last line with content in {@code [from, to)}. */
    int lastContentLine(int from, int to) {
        for (int line = to - 1; line > from; line--) {
            if (!blank(line)) {
                return line;
            }
        }
        return from;
    }

    /** The offset where lines inserted after this line go: its end, before its line break. */
    int endOf(int line) {
        return lines.lineEnd(line);
    }

    /** Lines prefixed with {@code indent} spaces, each on a new line (for inserting at a line's end). */
    static String indented(int indent, List<String> block) {
        StringBuilder out = new StringBuilder();
        String pad = " ".repeat(Math.max(0, indent));
        for (String line : block) {
            out.append('\n').append(pad).append(line);
        }
        return out.toString();
    }

    private Optional<Key> keyOn(int line, int keyIndent, String key) {
        String text = lines.lineText(line);
        if (text.length() < keyIndent) {
            return Optional.empty();
        }
        String rest = text.substring(keyIndent);
        if (!rest.startsWith(key + ":")) {
            return Optional.empty();
        }
        String value = rest.substring(key.length() + 1).trim();
        boolean inline = !value.isEmpty() && !value.startsWith("#");
        return Optional.of(new Key(line, keyIndent, inline));
    }

    private int blockEnd(int dashLine, int keyIndent) {
        for (int line = dashLine + 1; line < lines.lineCount(); line++) {
            if (!blank(line) && indent(line) < keyIndent) {
                return line;
            }
        }
        return lines.lineCount();
    }

    /** A {@code -} whose content starts at the key indentation: {@code - name:} and {@code -   name:} alike. */
    private boolean opensEntry(int line, int keyIndent) {
        int dash = indent(line);
        String text = lines.lineText(line);
        if (!isDashAt(line, dash)) {
            return false;
        }
        int content = dash + 1;
        while (content < text.length() && text.charAt(content) == ' ') {
            content++;
        }
        return content == keyIndent;
    }

    private boolean isDashAt(int line, int column) {
        if (column < 0) {
            return false;
        }
        String text = lines.lineText(line);
        return text.length() > column && text.charAt(column) == '-' && indent(line) == column
                && (text.length() == column + 1 || text.charAt(column + 1) == ' ');
    }

    /** Empty or comment-only lines do not delimit blocks. */
    boolean blank(int line) {
        String trimmed = lines.lineText(line).strip();
        return trimmed.isEmpty() || trimmed.startsWith("#");
    }

    int indent(int line) {
        String text = lines.lineText(line);
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
