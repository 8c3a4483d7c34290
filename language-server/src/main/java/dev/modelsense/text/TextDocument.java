package dev.modelsense.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An immutable text buffer with a version, as an editor holds it open. */
public final class TextDocument {
    private final String uri;
    private final int version;
    private final LineIndex lines;

    public TextDocument(String uri, int version, String text) {
        this(uri, version, LineIndex.of(Objects.requireNonNull(text, "text")));
    }

    private TextDocument(String uri, int version, LineIndex lines) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.version = version;
        this.lines = lines;
    }

    /**
     * Applies LSP {@code contentChanges} in order: each range is read against the text left by the changes
     * before it. Out-of-range positions clamp and a reversed range is ordered, as VS Code does.
     */
    public TextDocument apply(List<TextEdit> changes, int newVersion) {
        LineIndex current = lines;
        for (TextEdit change : changes) {
            current = applyOne(current, change);
        }
        return new TextDocument(uri, newVersion, current);
    }

    private static LineIndex applyOne(LineIndex current, TextEdit change) {
        if (change.replacesWholeDocument()) {
            return LineIndex.of(change.newText());
        }
        Range range = change.range().ordered();
        int start = current.offsetAt(range.start());
        int end = current.offsetAt(range.end());
        String text = current.text();
        String updated = text.substring(0, start) + change.newText() + text.substring(end);
        return current.afterEdit(start, end, change.newText(), updated);
    }

    public String uri() {
        return uri;
    }

    public int version() {
        return version;
    }

    public String text() {
        return lines.text();
    }

    public LineIndex lines() {
        return lines;
    }

    /** The identifier under or just before the cursor, dots included ({@code source.jaffle.orders}); "" if none. */
    public String wordAt(Position position) {
        return wordRangeAt(position)
                .map(range -> text().substring(lines.offsetAt(range.start()), lines.offsetAt(range.end())))
                .orElse("");
    }

    /** The range {@link #wordAt} reads, for a hover's highlight. */
    public Optional<Range> wordRangeAt(Position position) {
        String text = text();
        int offset = lines.offsetAt(position);
        int start = offset;
        while (start > 0 && isWordPart(text.codePointBefore(start))) {
            start -= Character.charCount(text.codePointBefore(start));
        }
        int end = offset;
        while (end < text.length() && isWordPart(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        // Dots join parts of a name but never start or end one: `ref('a').` hovers nothing extra.
        while (start < end && text.charAt(start) == '.') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '.') {
            end--;
        }
        return start < end ? Optional.of(lines.rangeOf(start, end)) : Optional.empty();
    }

    private static boolean isWordPart(int codePoint) {
        return codePoint == '_' || codePoint == '.' || Character.isLetterOrDigit(codePoint);
    }

    @Override
    public String toString() {
        return uri + "@" + version;
    }
}
