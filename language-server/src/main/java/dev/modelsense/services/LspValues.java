package dev.modelsense.services;

import dev.modelsense.project.Location;
import dev.modelsense.text.LineIndex;

import java.nio.file.Path;

/** Conversions from our positions to LSP4J values (0-based lines, UTF-16 characters). */
final class LspValues {

    private LspValues() {
    }

    static org.eclipse.lsp4j.Position position(dev.modelsense.text.Position position) {
        return new org.eclipse.lsp4j.Position(position.line(), position.character());
    }

    static org.eclipse.lsp4j.Range range(dev.modelsense.text.Range range) {
        return new org.eclipse.lsp4j.Range(position(range.start()), position(range.end()));
    }

    static org.eclipse.lsp4j.Range range(LineIndex lines, int start, int end) {
        return range(lines.rangeOf(start, end));
    }

    static org.eclipse.lsp4j.Range point(int line, int character) {
        org.eclipse.lsp4j.Position at = new org.eclipse.lsp4j.Position(line, character);
        return new org.eclipse.lsp4j.Range(at, at);
    }

    static String uri(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }

    static org.eclipse.lsp4j.Location location(Path file, org.eclipse.lsp4j.Range range) {
        return new org.eclipse.lsp4j.Location(uri(file), range);
    }

    /** A location spanning {@code length} characters from a project location (a YAML name, a macro's line). */
    static org.eclipse.lsp4j.Location location(Location at, int length) {
        return location(at.file(), new org.eclipse.lsp4j.Range(
                new org.eclipse.lsp4j.Position(at.line(), at.column()),
                new org.eclipse.lsp4j.Position(at.line(), at.column() + Math.max(0, length))));
    }

    static org.eclipse.lsp4j.Location fileStart(Path file) {
        return location(file, point(0, 0));
    }
}
