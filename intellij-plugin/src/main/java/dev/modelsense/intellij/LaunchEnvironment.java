package dev.modelsense.intellij;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the launch logic reads from the IDE's process: its environment variables, the runtime the IDE runs on, and
 * whether this is Windows (executable names, {@code PATH} separator, case-insensitive variable names). A value, so
 * tests describe any machine without touching the real one.
 */
public record LaunchEnvironment(Map<String, String> variables, Path ideJavaHome, boolean windows) {

    public LaunchEnvironment {
        variables = Map.copyOf(variables);
    }

    public static LaunchEnvironment ofProcess() {
        String javaHome = System.getProperty("java.home");
        return new LaunchEnvironment(System.getenv(), javaHome == null ? null : Path.of(javaHome),
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"));
    }

    /** A variable by name; on Windows names ignore case ({@code Path} is {@code PATH}). */
    public Optional<String> variable(String name) {
        String exact = variables.get(name);
        if (exact != null || !windows) {
            return Optional.ofNullable(exact).filter(v -> !v.isBlank());
        }
        return variables.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).filter(v -> !v.isBlank()).findFirst();
    }

    public String javaExecutableName() {
        return windows ? "java.exe" : "java";
    }

    public String pathSeparator() {
        return windows ? ";" : ":";
    }
}
