package dev.modelsense.compile;

import java.nio.file.Path;
import java.util.Map;

/**
 * One compile of one project: where it is, which profile target and vars to use, the environment variables
 * ({@code env_var}) and home folder ({@code ~/.dbt}) to resolve against, how many threads render, and (for sandbox
 * runs) where {@code ref}/{@code source}/{@code this} point instead of the target's own relations.
 */
public record CompileRequest(Path projectRoot, Path profilesDir, String target, Map<String, Object> vars,
                             Map<String, String> env, Path homeDir, MetadataCache metadata, int threads,
                             RelationOverrides overrides) {

    public CompileRequest {
        overrides = overrides == null ? RelationOverrides.NONE : overrides;
        metadata = metadata == null ? MetadataCache.EMPTY : metadata;
    }

    public CompileRequest(Path projectRoot, Path profilesDir, String target, Map<String, Object> vars,
                          Map<String, String> env, Path homeDir, MetadataCache metadata, int threads) {
        this(projectRoot, profilesDir, target, vars, env, homeDir, metadata, threads, RelationOverrides.NONE);
    }

    public static CompileRequest of(Path projectRoot) {
        return new CompileRequest(projectRoot, null, null, Map.of(), System.getenv(),
                Path.of(System.getProperty("user.home")), MetadataCache.EMPTY,
                Runtime.getRuntime().availableProcessors());
    }

    public CompileRequest withTarget(String newTarget) {
        return new CompileRequest(projectRoot, profilesDir, newTarget, vars, env, homeDir, metadata, threads, overrides);
    }

    public CompileRequest withVars(Map<String, Object> newVars) {
        return new CompileRequest(projectRoot, profilesDir, target, newVars, env, homeDir, metadata, threads, overrides);
    }

    public CompileRequest withProfilesDir(Path dir) {
        return new CompileRequest(projectRoot, dir, target, vars, env, homeDir, metadata, threads, overrides);
    }

    public CompileRequest withEnv(Map<String, String> newEnv) {
        return new CompileRequest(projectRoot, profilesDir, target, vars, newEnv, homeDir, metadata, threads, overrides);
    }

    public CompileRequest withThreads(int count) {
        return new CompileRequest(projectRoot, profilesDir, target, vars, env, homeDir, metadata, count, overrides);
    }

    public CompileRequest withMetadata(MetadataCache cache) {
        return new CompileRequest(projectRoot, profilesDir, target, vars, env, homeDir, cache, threads, overrides);
    }

    public CompileRequest withOverrides(RelationOverrides newOverrides) {
        return new CompileRequest(projectRoot, profilesDir, target, vars, env, homeDir, metadata, threads, newOverrides);
    }
}
