package dev.modelsense.text;

import java.util.Arrays;

/**
 * Offsets of line starts; {@code \n}, {@code \r\n} and {@code \r} line breaks as LSP defines them. Positions count
 * UTF-16 code units, which is what a Java {@code String} index is, so no re-encoding happens here.
 */
public final class LineIndex {
    private final String text;
    /** {@code starts[0] == 0}; every other entry is the offset just after a line break. */
    private final int[] starts;

    private LineIndex(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    public static LineIndex of(String text) {
        IntList starts = new IntList(Math.max(16, text.length() / 40));
        starts.add(0);
        scanBreaks(text, 0, text.length(), starts);
        return new LineIndex(text, starts.toArray());
    }

    /** Offset of a position; a character past the line's end clamps to the end (before the break), a line past
     *  the last one clamps to the end of the text, as VS Code's text documents do. */
    public int offsetAt(Position position) {
        if (position.line() >= starts.length) {
            return text.length();
        }
        int start = starts[position.line()];
        int end = lineEnd(position.line());
        return (int) Math.min((long) start + position.character(), end);
    }

    /** Position of an offset; offsets outside the text clamp to its ends. */
    public Position positionAt(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(clamped);
        return new Position(line, clamped - starts[line]);
    }

    /** The line holding {@code offset} (clamped to the text). */
    public int lineOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int found = Arrays.binarySearch(starts, clamped);
        return found >= 0 ? found : -found - 2;
    }

    public int lineCount() {
        return starts.length;
    }

    public int lineStart(int line) {
        checkLine(line);
        return starts[line];
    }

    /** End of a line's content, excluding its line break. */
    public int lineEnd(int line) {
        checkLine(line);
        if (line + 1 == starts.length) {
            return text.length();
        }
        int end = starts[line + 1];
        if (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > starts[line] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    public String text() {
        return text;
    }

    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    public Range rangeOf(int startOffset, int endOffset) {
        return new Range(positionAt(startOffset), positionAt(endOffset));
    }

    /**
     * The index of {@code newText}, which is this text with {@code [start, end)} replaced by {@code inserted}.
     * Only the edited lines are rescanned; starts before the edit are kept and the ones after it are shifted,
     * so a keystroke in a large file costs an array copy rather than a rescan.
     */
    LineIndex afterEdit(int start, int end, String inserted, String newText) {
        int delta = inserted.length() - (end - start);
        IntList result = new IntList(starts.length + 8);
        int firstKept = Arrays.binarySearch(starts, start);
        // Starts strictly before `start` survive; so does line 0, which starts at 0 whatever the edit.
        int keptCount = Math.max(1, firstKept >= 0 ? firstKept : -firstKept - 1);
        for (int i = 0; i < keptCount; i++) {
            result.add(starts[i]);
        }
        // A break ending just before the edit may pair with an inserted '\n', and one ending just after it may
        // pair with an inserted '\r': rescan one character either side.
        int scanFrom = Math.max(0, start - 1);
        int scanTo = Math.min(newText.length(), start + inserted.length() + 1);
        scanBreaks(newText, scanFrom, scanTo, result);
        for (int i = keptCount; i < starts.length; i++) {
            if (starts[i] >= end + 2) {
                result.addIncreasing(starts[i] + delta);
            }
        }
        return new LineIndex(newText, result.toArray());
    }

    private static void scanBreaks(String text, int from, int to, IntList starts) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                starts.addIncreasing(i + 1);
            } else if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                starts.addIncreasing(i + 1);
            }
        }
    }

    private void checkLine(int line) {
        if (line < 0 || line >= starts.length) {
            throw new IndexOutOfBoundsException("line " + line + " of " + starts.length);
        }
    }

    /** A growable int array; avoids boxing a start per line of a large file. */
    static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(4, capacity)];
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        /** Adds a value unless it does not exceed the last one (a rescan may reproduce a start kept elsewhere). */
        void addIncreasing(int value) {
            if (size == 0 || values[size - 1] < value) {
                add(value);
            }
        }

        int size() {
            return size;
        }

        int get(int index) {
            return values[index];
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
