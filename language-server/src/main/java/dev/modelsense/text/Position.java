package dev.modelsense.text;

/** 0-based line and character, character in UTF-16 code units (LSP's default encoding). */
public record Position(int line, int character) implements Comparable<Position> {

    public Position {
        if (line < 0 || character < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + character);
        }
    }

    @Override
    public int compareTo(Position other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(character, other.character);
    }

    public boolean isBefore(Position other) {
        return compareTo(other) < 0;
    }

    @Override
    public String toString() {
        return line + ":" + character;
    }
}
