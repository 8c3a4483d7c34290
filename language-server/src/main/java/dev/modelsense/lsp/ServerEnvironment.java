package dev.modelsense.lsp;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the server process brings to every compile: environment variables ({@code env_var}), the home folder
 * ({@code ~/.dbt/profiles.yml}) and how many threads render. A parameter so tests run isolated from the machine.
 */
public record ServerEnvironment(Map<String, String> env, Path homeDir, int compileThreads) {

    public ServerEnvironment {
        env = Map.copyOf(env);
    }

    public static ServerEnvironment ofProcess() {
        return new ServerEnvironment(System.getenv(), Path.of(System.getProperty("user.home")),
                Runtime.getRuntime().availableProcessors());
    }
}
