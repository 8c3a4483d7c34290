package dev.modelsense.text;

import java.util.Objects;

/** One LSP content change: replace {@code range} by {@code newText}; a null range replaces the whole document. */
public record TextEdit(Range range, String newText) {

    public TextEdit {
        Objects.requireNonNull(newText, "newText");
    }

    public static TextEdit replaceAll(String newText) {
        return new TextEdit(null, newText);
    }

    public static TextEdit insert(Position at, String text) {
        return new TextEdit(Range.empty(at), text);
    }

    public static TextEdit delete(Range range) {
        return new TextEdit(range, "");
    }

    public boolean replacesWholeDocument() {
        return range == null;
    }
}
