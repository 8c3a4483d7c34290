package dev.modelsense.intellij;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which files the server is attached to: {@code .sql} and {@code .yml}/{@code .yaml} files inside a dbt project (a
 * folder with {@code dbt_project.yml} at or above the file), except dbt's own output under the project's
 * {@code target-path}, such as the compiled SQL the server opens for the user. A {@code .sql} file elsewhere is plain
 * SQL and stays with the IDE's SQL support.
 */
public final class DbtProjectFiles {

    public static final String PROJECT_FILE = "dbt_project.yml";
    /** The file-name patterns of the LSP4IJ mapping, separated by {@code ;} as its {@code patterns} attribute wants. */
    public static final List<String> PATTERNS = List.of("*.sql", "*.yml", "*.yaml");
    private static final String DEFAULT_TARGET_PATH = "target";
    private static final Pattern TARGET_PATH = Pattern.compile("^target-path\\s*:\\s*(?:\"([^\"]*)\"|'([^']*)'|([^#\\s]+))");

    private DbtProjectFiles() {
    }

    /** True when the server should see this file. */
    public static boolean matches(Path file) {
        if (file == null || file.getFileName() == null || !servedExtension(file.getFileName().toString())) {
            return false;
        }
        Path absolute = file.toAbsolutePath().normalize();
        Optional<Path> root = projectRoot(absolute);
        if (root.isEmpty()) {
            return false;
        }
        return !absolute.startsWith(root.get().resolve(targetPath(root.get())).normalize());
    }

    /** The nearest folder at or above the file's folder holding {@code dbt_project.yml}. */
    public static Optional<Path> projectRoot(Path file) {
        for (Path dir = file.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(PROJECT_FILE))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /**
     * The project's {@code target-path} as written at the top level of {@code dbt_project.yml}; {@code target} when
     * absent or templated (a Jinja value cannot be evaluated here, and dbt's default is the likely answer).
     */
    static String targetPath(Path projectRoot) {
        try {
            for (String line : Files.readAllLines(projectRoot.resolve(PROJECT_FILE), StandardCharsets.UTF_8)) {
                Matcher m = TARGET_PATH.matcher(line);
                if (m.find()) {
                    String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    if (value.isBlank() || value.contains("{{")) {
                        return DEFAULT_TARGET_PATH;
                    }
                    Path.of(value); // rejects a value that is no path on this system
                    return value;
                }
            }
        } catch (IOException | InvalidPathException e) {
            // an unreadable project file still marks a dbt project; the server reports what is wrong with it
        }
        return DEFAULT_TARGET_PATH;
    }

    private static boolean servedExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return PATTERNS.stream().anyMatch(pattern -> lower.endsWith(pattern.substring(1)));
    }
}
