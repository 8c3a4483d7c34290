package dev.modelsense.project;

import java.nio.file.Path;
import java.util.Map;

/**
 * How to load a project.
 *
 * @param profilesDir nullable: then {@code DBT_PROFILES_DIR}, the project folder, {@code <homeDir>/.dbt}
 * @param target      nullable: then {@code DBT_TARGET}, the profile's {@code target:}, {@code default}
 * @param env         environment variables, so that tests never depend on the real environment
 * @param homeDir     nullable; where {@code ~/.dbt} lives
 */
public record LoadOptions(Path profilesDir, String target, Map<String, Object> cliVars, Map<String, String> env,
                          Path homeDir) {

    public LoadOptions {
        cliVars = cliVars == null ? Map.of() : cliVars;
        env = env == null ? Map.of() : env;
    }

    /** No overrides, an empty environment and no home directory. */
    public static LoadOptions defaults() {
        return new LoadOptions(null, null, Map.of(), Map.of(), null);
    }
}
