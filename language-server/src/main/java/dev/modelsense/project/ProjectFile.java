package dev.modelsense.project;

import java.nio.file.Path;

/**
 * A file of the project or of a package.
 *
 * @param path             absolute, normalized
 * @param originalFilePath relative to its package root with '/' separators (dbt's {@code original_file_path},
 *                         e.g. {@code models/staging/stg_orders.sql}); keeps {@code ../} for paths outside the root
 * @param resourcePath     relative to the resource dir it was found in (dbt's {@code path}, e.g. {@code staging/stg_orders.sql})
 */
public record ProjectFile(ResourceType type, String packageName, Path path, String originalFilePath,
                          String resourcePath, String text) {

    @Override
    public String toString() {
        return "ProjectFile[" + type + " " + packageName + "://" + originalFilePath + "]";
    }
}
