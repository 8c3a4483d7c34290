package dev.modelsense.lsp;

import dev.modelsense.text.TextDocument;
import dev.modelsense.text.TextEdit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The buffers the editor holds open, by file, under the URI the editor spelled (diagnostics must be published
 * under that exact URI). Written by the protocol thread, read by the writer and request threads.
 */
final class OpenDocuments {

    private final Map<Path, TextDocument> byPath = new ConcurrentHashMap<>();

    TextDocument open(Path path, String uri, int version, String text) {
        TextDocument document = new TextDocument(uri, version, text);
        byPath.put(path, document);
        return document;
    }

    /** Applies the edits to the open buffer; a change for a buffer never opened starts from the whole-text edits. */
    TextDocument change(Path path, String uri, int version, List<TextEdit> edits) {
        return byPath.compute(path, (p, current) -> (current == null ? new TextDocument(uri, version, "") : current)
                .apply(edits, version));
    }

    void close(Path path) {
        byPath.remove(path);
    }

    Optional<TextDocument> get(Path path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The files open now (a copy). */
    java.util.Set<Path> openPaths() {
        return java.util.Set.copyOf(byPath.keySet());
    }

    boolean isOpen(Path path) {
        return byPath.containsKey(path);
    }

    /** The URI to publish a file's diagnostics under: the editor's own spelling when open. */
    String uriOf(Path path) {
        TextDocument open = byPath.get(path);
        return open != null ? open.uri() : Conversions.uriOf(path);
    }
}
