package dev.modelsense.project;

import dev.modelsense.project.ValueRenderer.FileKind;
import dev.modelsense.project.ValueRenderer.RenderScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the root project's packages: every folder directly under the install path ({@code dbt_packages/}
 * unless {@code packages-install-path} says otherwise) that holds a dbt_project.yml, then every
 * {@code local:} package of packages.yml/dependencies.yml that is not installed. A listed hub, git, tarball
 * or private package that is not installed gives a {@code package-not-installed} WARNING. Installed packages
 * come first, each group sorted by package name.
 */
final class PackageLocator {

    private static final List<String> DEPENDENCY_FILES = List.of("dependencies.yml", "packages.yml");
    private static final String LOCK_FILE = "package-lock.yml";

    private final FileSource files;
    private final FileListing listing;
    private final ProjectYamlReader reader;
    private final ValueRenderer renderer;
    private final Problems problems;
    private final Map<String, String> missing = new LinkedHashMap<>();

    PackageLocator(FileSource files, FileListing listing, ProjectYamlReader reader, ValueRenderer renderer,
                   Problems problems) {
        this.files = files;
        this.listing = listing;
        this.reader = reader;
        this.renderer = renderer;
        this.problems = problems;
    }

    /** The listed packages that are not installed: the project name each is expected to have, to its identity. */
    Map<String, String> missing() {
        return Map.copyOf(missing);
    }

    List<ProjectYamlReader.RawProject> locate(DbtProject root, String installPath) {
        Map<String, ProjectYamlReader.RawProject> byName = new LinkedHashMap<>();
        Optional<Path> installDir = SafePaths.resolve(root.root(), installPath, null, null);
        for (ProjectYamlReader.RawProject pkg : installDir.map(this::installed).orElse(List.of())) {
            addUnique(byName, pkg, root.name());
        }
        List<YamlEntry> declared = declaredPackages(root);
        Map<String, String> lockedNames = lockedNames(root.root());
        List<ProjectYamlReader.RawProject> locals = new ArrayList<>();
        for (YamlEntry entry : declared) {
            if (entry.has("local")) {
                localPackage(root, entry, byName).ifPresent(locals::add);
            } else {
                warnIfNotInstalled(entry, lockedNames, byName);
            }
        }
        locals.sort(Comparator.comparing(PackageLocator::nameOf));
        for (ProjectYamlReader.RawProject pkg : locals) {
            addUnique(byName, pkg, root.name());
        }
        return List.copyOf(byName.values());
    }

    private List<ProjectYamlReader.RawProject> installed(Path installDir) {
        List<ProjectYamlReader.RawProject> found = new ArrayList<>();
        for (Path file : listing.under(installDir)) {
            Path parent = file.getParent();
            if (file.getFileName().toString().equals(ProjectYamlReader.PROJECT_FILE)
                    && parent != null && installDir.equals(parent.getParent())) {
                reader.read(parent).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing(PackageLocator::nameOf));
        return found;
    }

    private Optional<ProjectYamlReader.RawProject> localPackage(DbtProject root, YamlEntry entry,
                                                               Map<String, ProjectYamlReader.RawProject> byName) {
        String local = entry.string("local");
        if (local == null) {
            return Optional.empty();
        }
        Optional<Path> resolved = SafePaths.resolve(root.root(), local, problems, entry.location("local"));
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        Path dir = resolved.get();
        if (!files.exists(dir.resolve(ProjectYamlReader.PROJECT_FILE))) {
            Path folderName = dir.getFileName();
            if (folderName != null && byName.keySet().stream().anyMatch(n -> sameName(n, folderName.toString()))) {
                return Optional.empty(); // its installed copy under the packages folder is what dbt compiles
            }
            problems.warning("package-not-installed", "Local package '" + local + "' has no "
                    + ProjectYamlReader.PROJECT_FILE + " at " + dir, entry.location("local"));
            return Optional.empty();
        }
        Optional<ProjectYamlReader.RawProject> pkg = reader.read(dir);
        return pkg.filter(candidate -> !byName.containsKey(nameOf(candidate)));
    }

    private void warnIfNotInstalled(YamlEntry entry, Map<String, String> lockedNames,
                                    Map<String, ProjectYamlReader.RawProject> byName) {
        String identity = identity(entry);
        if (identity == null) {
            return; // e.g. a dependencies.yml 'project:' entry: a cross-project reference, not a package
        }
        String expected = lockedNames.getOrDefault(identity, guessName(entry, identity));
        boolean present = byName.keySet().stream().anyMatch(name -> sameName(name, expected));
        if (!present) {
            missing.put(expected, identity);
            problems.warning("package-not-installed", "Package '" + identity + "' is not installed in the packages "
                    + "folder; run `dbt deps`", entry.location());
        }
    }

    private List<YamlEntry> declaredPackages(DbtProject root) {
        for (String fileName : DEPENDENCY_FILES) {
            Path file = root.root().resolve(fileName);
            Optional<String> text = files.read(file);
            if (text.isEmpty()) {
                continue;
            }
            YamlText.Result result = YamlText.parse(file, text.get());
            if (result instanceof YamlText.Malformed malformed) {
                problems.add(malformed.problem());
                continue;
            }
            YamlText.Parsed parsed = (YamlText.Parsed) result;
            ValueRendering rendering = new ValueRendering(renderer, new RenderScope(FileKind.PACKAGES, root.name(), null),
                    keyPath -> true, problems, file, parsed.root());
            Map<String, Object> values = Values.mapOrEmpty(rendering.render(parsed.value(), List.of()));
            if (values.get("packages") != null) {
                return new YamlEntry(values, parsed.root(), file, "", problems).entries("packages");
            }
        }
        return List.of();
    }

    private Map<String, String> lockedNames(Path root) {
        Map<String, String> names = new HashMap<>();
        Path file = root.resolve(LOCK_FILE);
        Optional<String> text = files.read(file);
        if (text.isEmpty()) {
            return names;
        }
        if (YamlText.parse(file, text.get()) instanceof YamlText.Parsed parsed) {
            YamlEntry lock = new YamlEntry(Values.mapOrEmpty(parsed.value()), parsed.root(), file, "", problems);
            for (YamlEntry entry : lock.entries("packages")) {
                String identity = identity(entry);
                String name = entry.string("name");
                if (identity != null && name != null) {
                    names.put(identity, name);
                }
            }
        }
        return names;
    }

    private static String identity(YamlEntry entry) {
        for (String key : List.of("package", "git", "private", "tarball")) {
            String value = entry.string(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Without a lock file, the install folder is named after the hub package or the git repository. */
    private static String guessName(YamlEntry entry, String identity) {
        if (entry.string("name") != null) {
            return entry.string("name");
        }
        String source = entry.string("subdirectory") != null ? entry.string("subdirectory") : identity;
        String last = source.replaceAll("[/\\\\]+$", "");
        last = last.substring(Math.max(last.lastIndexOf('/'), last.lastIndexOf(':')) + 1);
        return last.endsWith(".git") ? last.substring(0, last.length() - 4) : last;
    }

    private static boolean sameName(String installed, String expected) {
        return canonical(installed).equals(canonical(expected));
    }

    private static String canonical(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('-', '_');
        return lower.startsWith("dbt_") ? lower.substring(4) : lower;
    }

    private void addUnique(Map<String, ProjectYamlReader.RawProject> byName, ProjectYamlReader.RawProject pkg,
                           String rootName) {
        String name = nameOf(pkg);
        if (name.equals(rootName)) {
            return;
        }
        if (byName.containsKey(name)) {
            problems.warning("package-duplicate", "Package '" + name + "' is found twice; using "
                    + byName.get(name).root(), new Location(pkg.file(), 0, 0));
            return;
        }
        byName.put(name, pkg);
    }

    static String nameOf(ProjectYamlReader.RawProject pkg) {
        Object name = pkg.values().get("name");
        if (name != null) {
            return name.toString();
        }
        Path folder = pkg.root().getFileName();
        return folder == null ? "" : folder.toString();
    }
}
