package dev.modelsense.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Lists and reads one project's files, the way dbt's {@code read_files} finds them: {@code .sql} (and
 * {@code .py} models) under the resource paths, {@code .csv} seeds, {@code .md} docs and {@code .yml}/{@code .yaml}
 * property files under every source path. Under test paths, {@code generic/} holds generic tests (listed as
 * {@link ResourceType#MACRO}, since they define test macros) and {@code fixtures/} unit-test fixtures (skipped).
 * Hidden folders and the project's own packages folder and target path are ignored.
 */
final class FileCollector {

    /** A property YAML file found, read but not yet parsed. */
    record PropertySource(Path path, String originalFilePath, String text) {}

    record Collected(List<ProjectFile> files, List<PropertySource> properties) {}

    private static final Set<String> PROJECT_LEVEL_YAML = Set.of(ProjectYamlReader.PROJECT_FILE, "packages.yml",
            "dependencies.yml", "package-lock.yml", ProfileLoader.PROFILES_FILE, "selectors.yml");

    private final FileSource files;
    private final FileListing listing;
    private final Problems problems;

    FileCollector(FileSource files, FileListing listing, Problems problems) {
        this.files = files;
        this.listing = listing;
        this.problems = problems;
    }

    Collected collect(DbtProject project, String packagesInstallPath) {
        Path root = project.root().toAbsolutePath().normalize();
        Location projectFile = new Location(project.file(), 0, 0);
        List<Path> excluded = new ArrayList<>();
        SafePaths.resolve(root, packagesInstallPath, problems, projectFile).ifPresent(excluded::add);
        SafePaths.resolve(root, project.targetPath(), problems, projectFile).ifPresent(excluded::add);
        Set<Path> seen = new HashSet<>();
        List<ProjectFile> result = new ArrayList<>();
        List<PropertySource> properties = new ArrayList<>();
        Set<Path> seenProperties = new HashSet<>();

        collectType(project, root, excluded, project.modelPaths(), ResourceType.MODEL, seen, result);
        collectType(project, root, excluded, project.analysisPaths(), ResourceType.ANALYSIS, seen, result);
        collectType(project, root, excluded, project.snapshotPaths(), ResourceType.SNAPSHOT, seen, result);
        collectType(project, root, excluded, project.macroPaths(), ResourceType.MACRO, seen, result);
        collectType(project, root, excluded, project.testPaths(), ResourceType.TEST, seen, result);
        collectType(project, root, excluded, project.seedPaths(), ResourceType.SEED, seen, result);
        collectType(project, root, excluded, project.docsPaths(), ResourceType.DOCS, seen, result);

        for (List<String> group : List.of(project.modelPaths(), project.seedPaths(), project.snapshotPaths(),
                project.analysisPaths(), project.macroPaths(), project.testPaths())) {
            for (String resourceDir : group) {
                Optional<Path> resolved = SafePaths.resolve(root, resourceDir, problems, projectFile);
                if (resolved.isEmpty()) {
                    continue;
                }
                Path dir = resolved.get();
                for (Path file : candidates(dir, excluded)) {
                    if (isPropertyFile(root, file) && seenProperties.add(file)) {
                        read(file).ifPresent(text -> properties.add(
                                new PropertySource(file, relative(root, file), text)));
                    }
                }
            }
        }
        return new Collected(result, properties);
    }

    private void collectType(DbtProject project, Path root, List<Path> excluded, List<String> resourceDirs,
                             ResourceType type, Set<Path> seen, List<ProjectFile> result) {
        for (String resourceDir : resourceDirs) {
            Optional<Path> resolved = SafePaths.resolve(root, resourceDir, null, null);
            if (resolved.isEmpty()) {
                continue; // reported once by the property-file pass
            }
            Path dir = resolved.get();
            for (Path file : candidates(dir, excluded)) {
                String resourcePath = relative(dir, file);
                Optional<ResourceType> kind = classify(type, resourcePath);
                if (kind.isEmpty() || !seen.add(file)) {
                    continue;
                }
                read(file).ifPresent(text -> result.add(new ProjectFile(kind.get(), project.name(), file,
                        relative(root, file), resourcePath, text)));
            }
        }
    }

    private List<Path> candidates(Path dir, List<Path> excluded) {
        List<Path> kept = new ArrayList<>();
        for (Path file : listing.under(dir)) {
            if (!isHidden(dir, file) && excluded.stream().noneMatch(ex -> file.startsWith(ex) && !dir.startsWith(ex))) {
                kept.add(file);
            }
        }
        return kept;
    }

    /** The resource type a file under a resource dir of {@code type} has, or empty when it is not one. */
    private static Optional<ResourceType> classify(ResourceType type, String resourcePath) {
        String name = resourcePath.toLowerCase(Locale.ROOT);
        return switch (type) {
            case MODEL -> name.endsWith(".sql") || name.endsWith(".py") ? Optional.of(type) : Optional.empty();
            case SEED -> name.endsWith(".csv") ? Optional.of(type) : Optional.empty();
            case DOCS -> name.endsWith(".md") ? Optional.of(type) : Optional.empty();
            case TEST -> {
                if (!name.endsWith(".sql") || resourcePath.startsWith("fixtures/")) {
                    yield Optional.empty();
                }
                yield Optional.of(resourcePath.startsWith("generic/") ? ResourceType.MACRO : ResourceType.TEST);
            }
            default -> name.endsWith(".sql") ? Optional.of(type) : Optional.empty();
        };
    }

    private static boolean isPropertyFile(Path root, Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".yml") && !lower.endsWith(".yaml")) {
            return false;
        }
        return !(root.equals(file.getParent()) && PROJECT_LEVEL_YAML.contains(name));
    }

    private static boolean isHidden(Path dir, Path file) {
        Path relative = dir.relativize(file);
        for (Path segment : relative) {
            if (segment.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private Optional<String> read(Path file) {
        Optional<String> text = files.read(file);
        if (text.isEmpty()) {
            problems.warning("file-unreadable", "Skipped " + file + ": it cannot be read as UTF-8 text",
                    new Location(file, 0, 0));
        }
        return text;
    }

    static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }
}
