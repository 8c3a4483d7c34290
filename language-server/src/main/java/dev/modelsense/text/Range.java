package dev.modelsense.text;

import java.util.Objects;

/**
 * A span between two positions, end exclusive. A reversed range is representable because clients send them;
 * {@link #ordered()} gives the well-formed version, as VS Code does before applying an edit.
 */
public record Range(Position start, Position end) {

    public Range {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static Range of(int startLine, int startCharacter, int endLine, int endCharacter) {
        return new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter));
    }

    public static Range empty(Position at) {
        return new Range(at, at);
    }

    public Range ordered() {
        return end.isBefore(start) ? new Range(end, start) : this;
    }

    public boolean isEmpty() {
        return start.equals(end);
    }

    /** Whether {@code position} lies in the range, both ends included (a cursor at a word's end still hovers it). */
    public boolean contains(Position position) {
        Range range = ordered();
        return range.start.compareTo(position) <= 0 && position.compareTo(range.end) <= 0;
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
