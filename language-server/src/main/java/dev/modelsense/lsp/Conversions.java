package dev.modelsense.lsp;

import dev.modelsense.text.Position;
import dev.modelsense.text.Range;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** Between protocol values (URIs, LSP4J positions) and the engine's (paths, {@code text} positions). */
public final class Conversions {

    private Conversions() {
    }

    /** The file a {@code file:} URI names; empty for other schemes (untitled buffers, git diffs) and malformed URIs. */
    public static Optional<Path> pathOf(String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        try {
            URI parsed = URI.create(uri);
            if (!"file".equalsIgnoreCase(parsed.getScheme())) {
                return Optional.empty();
            }
            return Optional.of(Path.of(parsed).toAbsolutePath().normalize());
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Like {@link #pathOf} for a request's parameter: a JSON-RPC InvalidParams error when it names no file. */
    public static Path requirePath(String uri) {
        return pathOf(uri).orElseThrow(() -> invalidParams("Expected a file: URI, got " + (uri == null ? "nothing"
                : "'" + uri + "'")));
    }

    public static String uriOf(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }

    public static Position position(org.eclipse.lsp4j.Position position) {
        return new Position(Math.max(0, position.getLine()), Math.max(0, position.getCharacter()));
    }

    public static org.eclipse.lsp4j.Position position(Position position) {
        return new org.eclipse.lsp4j.Position(position.line(), position.character());
    }

    public static Range range(org.eclipse.lsp4j.Range range) {
        return new Range(position(range.getStart()), position(range.getEnd()));
    }

    public static org.eclipse.lsp4j.Range range(Range range) {
        return new org.eclipse.lsp4j.Range(position(range.start()), position(range.end()));
    }

    public static ResponseErrorException invalidParams(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }
}
