package dev.modelsense.compile;

import java.nio.file.Path;
import java.util.Map;

/**
 * One compile of one project: where it is, which profile target and vars to use, the environment variables
 * ({@code env_var}) and home folder ({@code ~/.dbt}) to resolve against, and how many threads render.
 */
public record CompileRequest(Path projectRoot, Path profilesDir, String target, Map<String, Object> vars,
                             Map<String, String> env, Path homeDir, MetadataCache metadata, int threads) {

    public static CompileRequest of(Path projectRoot) {
        return new CompileRequest(projectRoot, null, null, Map.of(), System.getenv(),
                Path.of(System.getProperty("user.home")), MetadataCache.EMPTY,
                Runtime.getRuntime().availableProcessors());
    }

    public CompileRequest withTarget(String newTarget) {
        return new CompileRequest(projectRoot, profilesDir, newTarget, vars, env, homeDir, metadata, threads);
    }

    public CompileRequest withVars(Map<String, Object> newVars) {
        return new CompileRequest(projectRoot, profilesDir, target, newVars, env, homeDir, metadata, threads);
    }

    public CompileRequest withProfilesDir(Path dir) {
        return new CompileRequest(projectRoot, dir, target, vars, env, homeDir, metadata, threads);
    }

    public CompileRequest withEnv(Map<String, String> newEnv) {
        return new CompileRequest(projectRoot, profilesDir, target, vars, newEnv, homeDir, metadata, threads);
    }

    public CompileRequest withThreads(int count) {
        return new CompileRequest(projectRoot, profilesDir, target, vars, env, homeDir, metadata, count);
    }
}
