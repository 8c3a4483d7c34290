package dev.modelsense.services;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The text edits that apply a fix, with the texts they were computed on: a file's edits replace non-overlapping spans
 * of its base text; a file whose base text is absent does not exist yet and is created with its edits' text.
 */
public final class FixEdits {

    /** Replaces {@code [start, end)} of a file's base text. */
    public record FileEdit(Path file, int start, int end, String newText) {
    }

    private final Function<Path, Optional<String>> texts;
    private final Map<Path, Optional<String>> base = new LinkedHashMap<>();
    private final List<FileEdit> edits = new ArrayList<>();

    /** @param texts the current text of a file; empty when it does not exist */
    public FixEdits(Function<Path, Optional<String>> texts) {
        this.texts = texts;
    }

    /** The text a file's edits are computed against; empty for a file that does not exist. */
    public Optional<String> text(Path file) {
        return base.computeIfAbsent(normalize(file), texts);
    }

    public void replace(Path file, int start, int end, String newText) {
        Path normalized = normalize(file);
        text(normalized);
        for (FileEdit other : edits) {
            if (other.file().equals(normalized) && other.start() == start && other.end() == end
                    && other.newText().equals(newText)) {
                return; // the same edit found twice (a use that is also a token of the text)
            }
        }
        edits.add(new FileEdit(normalized, start, end, newText));
    }

    public void insert(Path file, int offset, String newText) {
        replace(file, offset, offset, newText);
    }

    /** Creates a file (that does not exist) with this text. */
    public void create(Path file, String text) {
        Path normalized = normalize(file);
        base.put(normalized, Optional.empty());
        edits.add(new FileEdit(normalized, 0, 0, text));
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    public List<FileEdit> edits() {
        return List.copyOf(edits);
    }

    /** The files edited, in the order first edited. */
    public Set<Path> files() {
        Set<Path> files = new java.util.LinkedHashSet<>();
        edits.forEach(edit -> files.add(edit.file()));
        return files;
    }

    /** The edits of one file, by position (an insertion before a replacement at the same offset). */
    public List<FileEdit> editsOf(Path file) {
        Path normalized = normalize(file);
        return edits.stream().filter(e -> e.file().equals(normalized))
                .sorted(Comparator.comparingInt(FileEdit::start).thenComparingInt(FileEdit::end)).toList();
    }

    public boolean creates(Path file) {
        return base.getOrDefault(normalize(file), Optional.of("")).isEmpty();
    }

    /** The file's text after its edits; overlapping edits are a bug of the fix and throw. */
    public String applied(Path file) {
        String text = text(file).orElse("");
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (FileEdit edit : editsOf(file)) {
            if (edit.start() < at) {
                throw new IllegalStateException("Overlapping edits in " + file);
            }
            out.append(text, at, edit.start()).append(edit.newText());
            at = edit.end();
        }
        return out.append(text.substring(at)).toString();
    }

    private static Path normalize(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
