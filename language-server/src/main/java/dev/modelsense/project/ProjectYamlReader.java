package dev.modelsense.project;

import dev.modelsense.project.ValueRenderer.FileKind;
import dev.modelsense.project.ValueRenderer.RenderScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads dbt_project.yml the way dbt's {@code PartialProject} does: parse first (the profile name is needed
 * before the profile is loaded), then render with the target known, skipping the key paths
 * {@code DbtProjectYamlRenderer.should_render_keypath} leaves for later, then fill dbt's defaults.
 */
final class ProjectYamlReader {

    static final String PROJECT_FILE = "dbt_project.yml";
    private static final Set<String> CONFIG_TREES = Set.of("models", "seeds", "snapshots", "tests", "data_tests");
    private static final Set<String> LATE_RENDERED = Set.of("on-run-start", "on-run-end", "query-comment", "vars");
    private static final Set<String> HOOKS = Set.of("pre-hook", "post-hook", "pre_hook", "post_hook");

    /** A parsed, not yet rendered dbt_project.yml. */
    record RawProject(Path root, Path file, Node node, Map<String, Object> values) {}

    /** The rendered project plus the settings the loader needs and {@link DbtProject} does not carry. */
    record Definition(DbtProject project, String packagesInstallPath) {}

    private final FileSource files;
    private final ValueRenderer renderer;
    private final Problems problems;

    ProjectYamlReader(FileSource files, ValueRenderer renderer, Problems problems) {
        this.files = files;
        this.renderer = renderer;
        this.problems = problems;
    }

    /** Empty (with a problem reported) when the file is missing, unreadable or malformed. */
    Optional<RawProject> read(Path root) {
        Path file = root.resolve(PROJECT_FILE);
        Optional<String> text = files.read(file);
        if (text.isEmpty()) {
            problems.error("project-missing", "No " + PROJECT_FILE + " found at " + file, new Location(file, 0, 0));
            return Optional.empty();
        }
        YamlText.Result result = YamlText.parse(file, text.get());
        if (result instanceof YamlText.Malformed malformed) {
            problems.add(malformed.problem());
            return Optional.empty();
        }
        YamlText.Parsed parsed = (YamlText.Parsed) result;
        if (parsed.value() != null && !(parsed.value() instanceof Map)) {
            problems.error("yaml-schema", PROJECT_FILE + " does not parse to a mapping", new Location(file, 0, 0));
            return Optional.empty();
        }
        return Optional.of(new RawProject(root, file, parsed.root(), Values.mapOrEmpty(parsed.value())));
    }

    /** The {@code profile:} value, rendered before any target exists (dbt renders it with the profile renderer). */
    String profileName(RawProject raw) {
        Object profile = raw.values().get("profile");
        if (profile == null) {
            return null;
        }
        String name = String.valueOf(raw.values().get("name"));
        ValueRendering rendering = new ValueRendering(renderer, new RenderScope(FileKind.PROJECT, name, null),
                keyPath -> true, problems, raw.file(), raw.node());
        return String.valueOf(rendering.render(profile, List.of("profile")));
    }

    Definition render(RawProject raw, TargetProfile target) {
        String declaredName = raw.values().get("name") == null ? null : raw.values().get("name").toString();
        String name = declaredName;
        if (name == null) {
            problems.error("yaml-schema", "Required 'name' field not present in " + PROJECT_FILE,
                    new Location(raw.file(), 0, 0));
            Path folder = raw.root().getFileName();
            name = folder == null ? "project" : folder.toString();
        }
        ValueRendering rendering = new ValueRendering(renderer, new RenderScope(FileKind.PROJECT, name, target),
                ProjectYamlReader::shouldRender, problems, raw.file(), raw.node());
        Map<String, Object> rendered = Values.mapOrEmpty(rendering.render(raw.values(), List.of()));
        YamlEntry yaml = new YamlEntry(rendered, raw.node(), raw.file(), "", problems);

        List<String> modelPaths = paths(yaml, yaml.has("model-paths") ? "model-paths" : "source-paths", "models");
        List<String> macroPaths = paths(yaml, "macro-paths", "macros");
        List<String> seedPaths = paths(yaml, yaml.has("seed-paths") ? "seed-paths" : "data-paths", "seeds");
        List<String> testPaths = paths(yaml, "test-paths", "tests");
        List<String> analysisPaths = paths(yaml, "analysis-paths", "analyses");
        List<String> snapshotPaths = paths(yaml, "snapshot-paths", "snapshots");
        List<String> docsPaths = yaml.has("docs-paths") && yaml.raw("docs-paths") != null
                ? yaml.stringList("docs-paths")
                : allSourcePaths(modelPaths, seedPaths, snapshotPaths, analysisPaths, macroPaths, testPaths);
        String targetPath = orDefault(yaml.string("target-path"), "target");
        String installPath = orDefault(yaml.string("packages-install-path"), "dbt_packages");

        DbtProject project = new DbtProject(name, raw.root(), raw.file(), yaml.string("profile"), yaml.string("version"),
                yaml.raw("require-dbt-version"), modelPaths, macroPaths, seedPaths, snapshotPaths, analysisPaths,
                testPaths, docsPaths, targetPath, yaml.map("vars"), yaml.map("models"), yaml.map("seeds"),
                yaml.map("snapshots"), yaml.map("sources"), yaml.map(yaml.has("data_tests") ? "data_tests" : "tests"),
                dispatch(yaml), yaml.map("quoting"), hooks(yaml, "on-run-start"), hooks(yaml, "on-run-end"),
                yaml.map("flags"));
        return new Definition(project, installPath);
    }

    /** dbt's {@code DbtProjectYamlRenderer.should_render_keypath}; hooks in both spellings stay unrendered. */
    static boolean shouldRender(List<String> keyPath) {
        if (keyPath.isEmpty()) {
            return true;
        }
        String first = keyPath.get(0);
        if (LATE_RENDERED.contains(first)) {
            return false;
        }
        if (CONFIG_TREES.contains(first)) {
            for (String key : keyPath) {
                if (HOOKS.contains(key.replaceFirst("^[+ ]+", ""))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> paths(YamlEntry yaml, String key, String fallback) {
        if (yaml.raw(key) == null) {
            return List.of(fallback);
        }
        List<String> values = yaml.stringList(key);
        boolean mistyped = values.isEmpty() && !(yaml.raw(key) instanceof List);
        return mistyped ? List.of(fallback) : List.copyOf(values);
    }

    @SafeVarargs
    private static List<String> allSourcePaths(List<String>... groups) {
        Set<String> paths = new LinkedHashSet<>();
        for (List<String> group : groups) {
            for (String path : group) {
                paths.add(path.replaceAll("/+$", ""));
            }
        }
        return List.copyOf(paths);
    }

    private List<DispatchRule> dispatch(YamlEntry yaml) {
        List<DispatchRule> rules = new ArrayList<>();
        for (YamlEntry entry : yaml.entries("dispatch")) {
            String namespace = entry.string("macro_namespace");
            if (namespace == null) {
                problems.error("yaml-schema", "'dispatch' entries need a 'macro_namespace'", entry.location());
                continue;
            }
            rules.add(new DispatchRule(namespace, entry.stringList("search_order")));
        }
        return List.copyOf(rules);
    }

    private static List<String> hooks(YamlEntry yaml, String key) {
        return List.copyOf(yaml.stringList(key));
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
