package dev.modelsense.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a dbt project as dbt-core's {@code RuntimeConfig} sees it: dbt_project.yml (the profile name first,
 * then everything else rendered with the target known), profiles.yml, installed and local packages, every
 * project file and every property file. Each file is read and parsed once.
 *
 * <p>When no profile can be found (no {@code profile:} in dbt_project.yml, no profiles.yml, or no such profile in
 * it) the project still loads, with the target dbt-duckdb would produce for {@code path: dev.duckdb}: type
 * {@code duckdb}, target {@code dev}, database {@code dev}, schema {@code main}, 1 thread;
 * {@code profileFound} is then false and a {@code profile-missing} WARNING names where the loader looked.
 *
 * <p>Never throws on bad user input: malformed or mistyped YAML becomes a {@link ProjectProblem}.
 */
public final class ProjectLoader {

    private final FileSource files;
    private final ValueRenderer renderer;

    public ProjectLoader(FileSource files, ValueRenderer renderer) {
        this.files = files;
        this.renderer = renderer;
    }

    public LoadedProject load(Path projectRoot, LoadOptions options) {
        Path root = projectRoot.toAbsolutePath().normalize();
        Problems problems = new Problems();
        ProjectYamlReader reader = new ProjectYamlReader(files, renderer, problems);
        FileListing listing = new FileListing(files, problems);

        Optional<ProjectYamlReader.RawProject> raw = reader.read(root);
        String profileName = raw.map(reader::profileName).orElse(null);
        String rootName = raw.map(PackageLocator::nameOf).orElse(folderName(root));
        ProfileLoader.Selected selected = raw.isPresent()
                ? new ProfileLoader(files, renderer, problems).select(root, raw.get().file(), profileName, rootName, options)
                : new ProfileLoader.Selected(TargetProfile.duckdbDefault(), false);
        TargetProfile target = selected.target();

        if (raw.isEmpty()) {
            DbtProject empty = emptyProject(root, rootName);
            return new LoadedProject(empty, List.of(), target, false, List.of(), List.of(), problems.all(),
                    options.cliVars());
        }
        ProjectYamlReader.Definition rootDefinition = reader.render(raw.get(), target);
        DbtProject rootProject = rootDefinition.project();

        List<ProjectYamlReader.Definition> definitions = new ArrayList<>();
        definitions.add(rootDefinition);
        PackageLocator locator = new PackageLocator(files, listing, reader, renderer, problems);
        for (ProjectYamlReader.RawProject pkg : locator.locate(rootProject, rootDefinition.packagesInstallPath())) {
            definitions.add(reader.render(pkg, target));
        }

        FileCollector collector = new FileCollector(files, listing, problems);
        PropertyFileParser propertyParser = new PropertyFileParser(renderer, target, problems);
        List<ProjectFile> projectFiles = new ArrayList<>();
        List<PropertyFile> properties = new ArrayList<>();
        for (ProjectYamlReader.Definition definition : definitions) {
            FileCollector.Collected collected = collector.collect(definition.project(), definition.packagesInstallPath());
            projectFiles.addAll(collected.files());
            for (FileCollector.PropertySource source : collected.properties()) {
                propertyParser.parse(source, definition.project().name()).ifPresent(properties::add);
            }
        }
        List<DbtProject> packages = definitions.stream().skip(1).map(ProjectYamlReader.Definition::project).toList();
        Path conventionsPath = root.resolve(ConventionsFile.FILE_NAME);
        Optional<ConventionsFile> conventions = files.read(conventionsPath)
                .map(text -> new ConventionsFile(conventionsPath, text));
        return new LoadedProject(rootProject, packages, target, selected.found(), projectFiles, properties,
                problems.all(), options.cliVars(), conventions, locator.missing());
    }

    private static DbtProject emptyProject(Path root, String name) {
        return new DbtProject(name, root, root.resolve(ProjectYamlReader.PROJECT_FILE), null, null, null,
                List.of("models"), List.of("macros"), List.of("seeds"), List.of("snapshots"), List.of("analyses"),
                List.of("tests"), List.of("models", "seeds", "snapshots", "analyses", "macros", "tests"), "target",
                Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of(), Map.of(), List.of(), List.of(),
                Map.of());
    }

    private static String folderName(Path root) {
        return root.getFileName() == null ? "project" : root.getFileName().toString();
    }
}
