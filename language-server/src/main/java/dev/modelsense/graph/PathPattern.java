package dev.modelsense.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * dbt's {@code path:} method: {@code Path(project_root).glob(selector)} selects the files and folders the pattern
 * names, and a node is selected when its {@code original_file_path} or one of its parent folders is among them.
 * Instead of listing the disk, the glob is matched against the node's own path and folders, which is the same
 * set for every path that exists. Segments match with fnmatch, {@code **} matches any number of folders.
 */
final class PathPattern {
    private final List<String> segments;

    private PathPattern(List<String> segments) {
        this.segments = segments;
    }

    static PathPattern parse(String raw) {
        String normalized = raw.replace('\\', '/');
        if (normalized.isBlank()) {
            throw new SelectorSyntaxException("Invalid path selector \"" + raw + "\": the path is empty");
        }
        if (normalized.startsWith("/")) {
            // pathlib refuses absolute glob patterns ("Non-relative patterns are unsupported")
            throw new SelectorSyntaxException("Invalid path selector \"" + raw
                    + "\": paths are relative to the project root");
        }
        List<String> segments = splitPath(normalized);
        if (segments.isEmpty()) {
            throw new SelectorSyntaxException("Invalid path selector \"" + raw + "\": the path is empty");
        }
        return new PathPattern(segments);
    }

    boolean selects(String originalFilePath) {
        List<String> path = splitPath(originalFilePath.replace('\\', '/'));
        // the file itself, then each parent folder (models/staging/x.sql -> models/staging -> models)
        for (int length = path.size(); length >= 1; length--) {
            if (matchFrom(0, path.subList(0, length), 0)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchFrom(int patternIndex, List<String> path, int pathIndex) {
        if (patternIndex == segments.size()) {
            return pathIndex == path.size();
        }
        String segment = segments.get(patternIndex);
        if (segment.equals("**")) {
            for (int skip = pathIndex; skip <= path.size(); skip++) {
                if (matchFrom(patternIndex + 1, path, skip)) {
                    return true;
                }
            }
            return false;
        }
        return pathIndex < path.size() && Fnmatch.matches(path.get(pathIndex), segment)
                && matchFrom(patternIndex + 1, path, pathIndex + 1);
    }

    /** Splits on '/', dropping empty and "." segments as pathlib normalizes them away. */
    private static List<String> splitPath(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : Arrays.asList(path.split("/"))) {
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return parts;
    }
}
