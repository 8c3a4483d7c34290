package dev.modelsense.project;

import dev.modelsense.project.ValueRenderer.FileKind;
import dev.modelsense.project.ValueRenderer.RenderScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Finds profiles.yml and selects the target, as dbt does: the directory from the options, else
 * {@code DBT_PROFILES_DIR}, else the project folder when it holds a profiles.yml, else {@code <home>/.dbt}.
 * The target is the options' target, else {@code DBT_TARGET}, else the profile's {@code target:}, else
 * {@code default}. Only the selected target (and the target name) is rendered, with {@link FileKind#PROFILES}.
 */
final class ProfileLoader {

    static final String PROFILES_FILE = "profiles.yml";

    /** @param target never null; the duckdb default when {@code found} is false */
    record Selected(TargetProfile target, boolean found) {}

    private final FileSource files;
    private final ValueRenderer renderer;
    private final Problems problems;

    ProfileLoader(FileSource files, ValueRenderer renderer, Problems problems) {
        this.files = files;
        this.renderer = renderer;
        this.problems = problems;
    }

    Selected select(Path projectRoot, Path projectFile, String profileName, String packageName, LoadOptions options) {
        List<Path> searched = candidateDirs(projectRoot, options);
        if (profileName == null) {
            problems.warning("profile-missing", "dbt_project.yml names no 'profile:'; using the default duckdb target "
                    + "(dev.duckdb, schema main)", new Location(projectFile, 0, 0));
            return notFound(profileName);
        }
        Optional<Path> profilesFile = searched.stream().map(dir -> dir.resolve(PROFILES_FILE)).filter(files::exists).findFirst();
        Optional<String> text = profilesFile.flatMap(files::read);
        if (text.isEmpty()) {
            problems.warning("profile-missing", "No profiles.yml found (looked in " + describe(searched)
                    + "); using the default duckdb target (dev.duckdb, schema main) for profile '" + profileName + "'",
                    null);
            return notFound(profileName);
        }
        Path file = profilesFile.get();
        YamlText.Result result = YamlText.parse(file, text.get());
        if (result instanceof YamlText.Malformed malformed) {
            problems.add(malformed.problem());
            return notFound(profileName);
        }
        YamlText.Parsed parsed = (YamlText.Parsed) result;
        YamlEntry document = new YamlEntry(Values.mapOrEmpty(parsed.value()), parsed.root(), file, "", problems);
        if (!(document.raw(profileName) instanceof Map<?, ?> profileValues)) {
            problems.warning("profile-missing", "Profile '" + profileName + "' not found in " + file
                    + "; using the default duckdb target (dev.duckdb, schema main)", new Location(file, 0, 0));
            return notFound(profileName);
        }
        Node profileNode = YamlText.child(parsed.root(), profileName);
        YamlEntry profile = new YamlEntry(Values.stringMap(profileValues), profileNode, file, profileName, problems);
        RenderScope scope = new RenderScope(FileKind.PROFILES, packageName, null);
        ValueRendering rendering = new ValueRendering(renderer, scope, keyPath -> true, problems, file, parsed.root());
        String targetName = targetName(profile, options, rendering, profileName);
        Map<String, Object> outputs = profile.map("outputs");
        if (!(outputs.get(targetName) instanceof Map<?, ?> output)) {
            problems.error("profile-target-missing", "The profile '" + profileName + "' does not have a target named '"
                    + targetName + "'. Valid targets: " + outputs.keySet(), profile.location("outputs"));
            return notFound(profileName);
        }
        Object rendered = rendering.render(output, List.of(profileName, "outputs", targetName));
        Location outputLocation = YamlText.location(file, YamlText.child(YamlText.child(profileNode, "outputs"), targetName));
        TargetProfile target = AdapterCredentials.toTarget(profileName, targetName, Values.mapOrEmpty(rendered),
                problems, outputLocation != null ? outputLocation : profile.location());
        return new Selected(target, true);
    }

    private String targetName(YamlEntry profile, LoadOptions options, ValueRendering rendering, String profileName) {
        if (options.target() != null) {
            return options.target();
        }
        String fromEnv = options.env().get("DBT_TARGET");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        String written = profile.string("target");
        if (written == null) {
            return "default";
        }
        Object rendered = rendering.render(written, List.of(profileName, "target"));
        return String.valueOf(rendered);
    }

    private List<Path> candidateDirs(Path projectRoot, LoadOptions options) {
        List<Path> dirs = new ArrayList<>();
        if (options.profilesDir() != null) {
            dirs.add(projectRoot.resolve(options.profilesDir()).normalize());
            return dirs;
        }
        String fromEnv = options.env().get("DBT_PROFILES_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) {
            SafePaths.resolve(projectRoot, fromEnv, problems, null).ifPresent(dirs::add);
            return dirs;
        }
        dirs.add(projectRoot);
        if (options.homeDir() != null) {
            dirs.add(options.homeDir().resolve(".dbt"));
        }
        return dirs;
    }

    private static String describe(List<Path> dirs) {
        return String.join(", ", dirs.stream().map(Path::toString).toList());
    }

    private static Selected notFound(String profileName) {
        return new Selected(TargetProfile.duckdbDefault(profileName), false);
    }
}
