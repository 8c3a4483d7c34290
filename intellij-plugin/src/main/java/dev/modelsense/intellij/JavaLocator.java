package dev.modelsense.intellij;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds the Java that runs the server: the Java setting, then {@code JAVA_HOME}, then {@code PATH}, then the IDE's own
 * runtime. The first candidate of version {@value #MINIMUM_VERSION} or later wins; every candidate passed over is
 * explained, so a wrong setting is visible in the server log instead of silently ignored.
 */
public final class JavaLocator {

    /** The server is compiled for Java 17. */
    public static final int MINIMUM_VERSION = 17;

    private final JavaVersions.Probe versions;

    public JavaLocator(JavaVersions.Probe versions) {
        this.versions = versions;
    }

    /**
     * @param javaSetting a Java home folder or a {@code java} executable; blank or null when not set
     */
    public JavaLookup find(String javaSetting, LaunchEnvironment environment) {
        List<String> reasons = new ArrayList<>();
        if (javaSetting != null && !javaSetting.isBlank()) {
            Optional<JavaRuntime> fromSetting = fromSetting(javaSetting.trim(), environment, reasons);
            if (fromSetting.isPresent()) {
                return new JavaLookup.Found(fromSetting.get(), reasons);
            }
        }
        Optional<String> javaHome = environment.variable("JAVA_HOME");
        if (javaHome.isPresent()) {
            Optional<JavaRuntime> found = home(javaHome.get(), JavaRuntime.Origin.JAVA_HOME, environment, reasons);
            if (found.isPresent()) {
                return new JavaLookup.Found(found.get(), reasons);
            }
        }
        Optional<JavaRuntime> onPath = onPath(environment, reasons);
        if (onPath.isPresent()) {
            return new JavaLookup.Found(onPath.get(), reasons);
        }
        if (environment.ideJavaHome() != null) {
            Optional<JavaRuntime> ide = check(environment.ideJavaHome().resolve("bin")
                    .resolve(environment.javaExecutableName()), JavaRuntime.Origin.IDE_RUNTIME, environment, reasons);
            if (ide.isPresent()) {
                return new JavaLookup.Found(ide.get(), reasons);
            }
        }
        return new JavaLookup.Missing(reasons);
    }

    private Optional<JavaRuntime> fromSetting(String setting, LaunchEnvironment environment, List<String> reasons) {
        Path path;
        try {
            path = Path.of(setting);
        } catch (InvalidPathException e) {
            reasons.add(JavaRuntime.Origin.SETTING.label() + " (" + setting + "): not a path");
            return Optional.empty();
        }
        Path executable = Files.isDirectory(path) ? path.resolve("bin").resolve(environment.javaExecutableName()) : path;
        return check(executable, JavaRuntime.Origin.SETTING, environment, reasons);
    }

    private Optional<JavaRuntime> home(String home, JavaRuntime.Origin origin, LaunchEnvironment environment,
                                       List<String> reasons) {
        try {
            return check(Path.of(home).resolve("bin").resolve(environment.javaExecutableName()), origin, environment,
                    reasons);
        } catch (InvalidPathException e) {
            reasons.add(origin.label() + " (" + home + "): not a path");
            return Optional.empty();
        }
    }

    private Optional<JavaRuntime> onPath(LaunchEnvironment environment, List<String> reasons) {
        Optional<String> path = environment.variable("PATH");
        if (path.isEmpty()) {
            reasons.add(JavaRuntime.Origin.PATH.label() + ": not set");
            return Optional.empty();
        }
        for (String entry : path.get().split(java.util.regex.Pattern.quote(environment.pathSeparator()))) {
            if (entry.isBlank()) {
                continue;
            }
            Path candidate;
            try {
                candidate = Path.of(stripQuotes(entry)).resolve(environment.javaExecutableName());
            } catch (InvalidPathException e) {
                continue;
            }
            if (runnable(candidate, environment)) {
                // the first java on PATH is the one a shell would run: a later one is not considered
                return check(candidate, JavaRuntime.Origin.PATH, environment, reasons);
            }
        }
        reasons.add(JavaRuntime.Origin.PATH.label() + ": no " + environment.javaExecutableName());
        return Optional.empty();
    }

    private Optional<JavaRuntime> check(Path executable, JavaRuntime.Origin origin, LaunchEnvironment environment,
                                        List<String> reasons) {
        String where = origin.label() + " (" + executable + ")";
        if (!runnable(executable, environment)) {
            reasons.add(where + ": no runnable java there");
            return Optional.empty();
        }
        OptionalInt version = versions.featureVersion(executable);
        if (version.isEmpty()) {
            reasons.add(where + ": could not tell its version");
            return Optional.empty();
        }
        if (version.getAsInt() < MINIMUM_VERSION) {
            reasons.add(where + ": Java " + version.getAsInt() + " is older than " + MINIMUM_VERSION);
            return Optional.empty();
        }
        return Optional.of(new JavaRuntime(executable, version.getAsInt(), origin));
    }

    private static boolean runnable(Path executable, LaunchEnvironment environment) {
        // Windows has no executable bit: a java.exe file is enough there
        return Files.isRegularFile(executable) && (environment.windows() || Files.isExecutable(executable));
    }

    private static String stripQuotes(String entry) {
        String trimmed = entry.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }
}
