package dev.modelsense.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything {@link ProjectLoader#load} found: the root project, its installed packages (root excluded),
 * the selected target (never null: dbt-duckdb defaults when no profile was found), every project file,
 * the parsed property files, the problems met on the way, the {@code --vars} the load was given, and the packages
 * packages.yml lists that are not installed (expected project name to package identity).
 */
public record LoadedProject(DbtProject root, List<DbtProject> packages, TargetProfile target, boolean profileFound,
                            List<ProjectFile> files, List<PropertyFile> properties, List<ProjectProblem> problems,
                            Map<String, Object> cliVars, Optional<ConventionsFile> conventionsFile,
                            Map<String, String> missingPackages) {

    public LoadedProject {
        missingPackages = missingPackages == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(missingPackages));
        packages = List.copyOf(packages);
        files = List.copyOf(files);
        properties = List.copyOf(properties);
        problems = List.copyOf(problems);
        cliVars = cliVars == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cliVars));
        conventionsFile = conventionsFile == null ? Optional.empty() : conventionsFile;
    }

    /** A project whose listed packages are all installed. */
    public LoadedProject(DbtProject root, List<DbtProject> packages, TargetProfile target, boolean profileFound,
                         List<ProjectFile> files, List<PropertyFile> properties, List<ProjectProblem> problems,
                         Map<String, Object> cliVars, Optional<ConventionsFile> conventionsFile) {
        this(root, packages, target, profileFound, files, properties, problems, cliVars, conventionsFile, Map.of());
    }

    /** A project loaded with these {@code --vars} and no {@code modelsense.yml}. */
    public LoadedProject(DbtProject root, List<DbtProject> packages, TargetProfile target, boolean profileFound,
                         List<ProjectFile> files, List<PropertyFile> properties, List<ProjectProblem> problems,
                         Map<String, Object> cliVars) {
        this(root, packages, target, profileFound, files, properties, problems, cliVars, Optional.empty());
    }

    /** A project loaded without {@code --vars}. */
    public LoadedProject(DbtProject root, List<DbtProject> packages, TargetProfile target, boolean profileFound,
                         List<ProjectFile> files, List<PropertyFile> properties, List<ProjectProblem> problems) {
        this(root, packages, target, profileFound, files, properties, problems, Map.of(), Optional.empty());
    }

    public Optional<DbtProject> project(String packageName) {
        if (root.name().equals(packageName)) {
            return Optional.of(root);
        }
        return packages.stream().filter(pkg -> pkg.name().equals(packageName)).findFirst();
    }

    /**
     * dbt's var precedence for a node of this package ({@code ModelConfiguredVar}): {@code --vars} > root project
     * vars (global, then the block scoped to this package) > the package's own vars (global, then self-scoped).
     * As in dbt, the scoped blocks themselves are also visible as vars named after their package.
     */
    public Map<String, Object> varsFor(String packageName) {
        Map<String, Object> merged = new LinkedHashMap<>();
        if (!root.name().equals(packageName)) {
            project(packageName).ifPresent(pkg -> addScoped(merged, pkg.vars(), packageName));
        }
        addScoped(merged, root.vars(), packageName);
        merged.putAll(cliVars);
        return merged;
    }

    /**
     * Merged dbt_project.yml config for a node: the package's own config tree, then the root project's tree
     * on top when the node is in a package, each walked along {@code fqn} ({@code [package, dirs..., name]}).
     * Between those two layers dbt applies property-file and {@code config()} settings; callers that need that
     * order use {@link #projectConfigLayers}.
     */
    public Map<String, Object> projectConfig(ResourceType type, String packageName, List<String> fqn) {
        ProjectConfigLayers layers = projectConfigLayers(type, packageName, fqn);
        return ConfigMerge.merge(layers.own(), layers.rootOverride());
    }

    /** The two dbt_project.yml layers of a node's config, '+' stripped; {@code rootOverride} is empty for root nodes. */
    public ProjectConfigLayers projectConfigLayers(ResourceType type, String packageName, List<String> fqn) {
        return layers(project -> ProjectConfigTree.treeFor(project, type), packageName, fqn);
    }

    /**
     * The dbt_project.yml {@code sources:} config of a source table, merged like {@link #projectConfig};
     * dbt's source fqn is {@code [package, dirs..., source_name, table_name]}.
     */
    public Map<String, Object> projectSourceConfig(String packageName, List<String> fqn) {
        ProjectConfigLayers layers = layers(DbtProject::sources, packageName, fqn);
        return ConfigMerge.merge(layers.own(), layers.rootOverride());
    }

    private ProjectConfigLayers layers(java.util.function.Function<DbtProject, Map<String, Object>> tree,
                                       String packageName, List<String> fqn) {
        Map<String, Object> own = project(packageName)
                .map(pkg -> ProjectConfigTree.resolve(tree.apply(pkg), fqn))
                .orElseGet(LinkedHashMap::new);
        Map<String, Object> rootOverride = root.name().equals(packageName)
                ? new LinkedHashMap<>()
                : ProjectConfigTree.resolve(tree.apply(root), fqn);
        return new ProjectConfigLayers(own, rootOverride);
    }

    /** The project config of a node, split where dbt inserts the node's own configs. */
    public record ProjectConfigLayers(Map<String, Object> own, Map<String, Object> rootOverride) {}

    /** Problems of one file, for publishing diagnostics. */
    public List<ProjectProblem> problemsIn(java.nio.file.Path file) {
        List<ProjectProblem> result = new ArrayList<>();
        for (ProjectProblem problem : problems) {
            if (problem.location() != null && problem.location().file().equals(file)) {
                result.add(problem);
            }
        }
        return result;
    }

    private static void addScoped(Map<String, Object> merged, Map<String, Object> vars, String packageName) {
        merged.putAll(vars);
        if (vars.get(packageName) instanceof Map<?, ?> scoped) {
            merged.putAll(Values.stringMap(scoped));
        }
    }
}
