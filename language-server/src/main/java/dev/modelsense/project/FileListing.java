package dev.modelsense.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists folders through the {@link FileSource} at most once per load: a folder below an already listed
 * folder (a package's {@code models/} inside {@code dbt_packages/}) is answered from the parent's listing.
 */
final class FileListing {

    private final FileSource files;
    private final Problems problems;
    private final Map<Path, List<Path>> listed = new HashMap<>();

    FileListing(FileSource files, Problems problems) {
        this.files = files;
        this.problems = problems;
    }

    /** Regular files below {@code dir}, sorted. */
    List<Path> under(Path dir) {
        Path normalized = dir.toAbsolutePath().normalize();
        List<Path> cached = listed.get(normalized);
        if (cached != null) {
            return cached;
        }
        for (Map.Entry<Path, List<Path>> entry : listed.entrySet()) {
            if (normalized.startsWith(entry.getKey())) {
                List<Path> subset = new ArrayList<>();
                for (Path file : entry.getValue()) {
                    if (file.startsWith(normalized)) {
                        subset.add(file);
                    }
                }
                listed.put(normalized, subset);
                return subset;
            }
        }
        List<Path> result;
        try {
            result = files.list(normalized).stream().map(path -> path.toAbsolutePath().normalize()).toList();
        } catch (IOException e) {
            problems.warning("folder-unreadable", "Could not list " + normalized + ": " + e.getMessage(),
                    new Location(normalized, 0, 0));
            result = List.of();
        }
        listed.put(normalized, result);
        return result;
    }
}
