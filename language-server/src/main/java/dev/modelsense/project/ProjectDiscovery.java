package dev.modelsense.project;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds dbt projects (folders with a dbt_project.yml) below an editor's workspace folder. */
public final class ProjectDiscovery {

    private static final Set<String> SKIPPED_FOLDERS = Set.of("dbt_packages", "target", "node_modules", "logs",
            "dbt_modules");

    private ProjectDiscovery() {
    }

    /** Folders holding a dbt_project.yml below {@code folder}, skipping installed packages, build output and hidden folders. */
    public static List<Path> find(Path folder) {
        List<Path> roots = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return roots;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(folder) && (SKIPPED_FOLDERS.contains(name) || name.startsWith("."))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (Files.isRegularFile(dir.resolve("dbt_project.yml"))) {
                        roots.add(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return roots;
        }
        return roots;
    }
}
