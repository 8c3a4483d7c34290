package dev.modelsense.intellij;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What a user can set for the plugin. The first three choose how the server starts; the rest are the server's own
 * settings (the same names as in VS Code), sent as {@code initializationOptions} and as {@code workspace/configuration}
 * answers.
 *
 * @param java           a Java home or {@code java} executable; blank for JAVA_HOME, then PATH
 * @param serverJar      a server jar to run instead of the bundled one; blank for the bundled jar
 * @param vmArgs         extra JVM arguments, e.g. {@code -Xmx4g}
 * @param profilesDir    the folder of {@code profiles.yml}, as {@code --profiles-dir}
 * @param target         the profile target, as {@code --target}
 * @param vars           project vars as YAML or JSON text, as {@code --vars}
 * @param debounceMillis how long after a keystroke the server recompiles; empty for its default
 * @param ignoredCodes   problem codes the server must not report
 */
public record PluginSettings(String java, String serverJar, List<String> vmArgs, String profilesDir, String target,
                             String vars, OptionalLong debounceMillis, List<String> ignoredCodes) {

    public static final String PREFIX = "modelsense.";
    public static final PluginSettings DEFAULTS = new PluginSettings("", "", List.of(), "", "", "",
            OptionalLong.empty(), List.of());

    public PluginSettings {
        java = blankIfNull(java);
        serverJar = blankIfNull(serverJar);
        vmArgs = List.copyOf(vmArgs);
        profilesDir = blankIfNull(profilesDir);
        target = blankIfNull(target);
        vars = blankIfNull(vars);
        ignoredCodes = List.copyOf(ignoredCodes);
    }

    /**
     * Reads {@code modelsense.*} keys: {@code java}, {@code serverJar}, {@code vmArgs} (split as LSP4IJ splits a
     * command), {@code profilesDir}, {@code target}, {@code vars}, {@code debounceMillis} and
     * {@code diagnostics.ignore} (comma-separated codes). Unknown keys are ignored; a malformed number is reported
     * by {@link #problems(Map)} and left at the default.
     */
    public static PluginSettings fromProperties(Map<String, String> properties) {
        return new PluginSettings(get(properties, "java"), get(properties, "serverJar"),
                CommandLineWords.split(get(properties, "vmArgs")), get(properties, "profilesDir"),
                get(properties, "target"), get(properties, "vars"), debounce(get(properties, "debounceMillis")),
                Arrays.stream(get(properties, "diagnostics.ignore").split(","))
                        .map(String::trim).filter(code -> !code.isEmpty()).toList());
    }

    /** What is wrong in these properties, one line per problem, for the server log. */
    public static List<String> problems(Map<String, String> properties) {
        String debounce = get(properties, "debounceMillis");
        if (!debounce.isBlank() && debounce(debounce).isEmpty()) {
            return List.of(PREFIX + "debounceMillis must be a whole number of milliseconds >= 0, got '" + debounce
                    + "'; using the server's default");
        }
        return List.of();
    }

    private static OptionalLong debounce(String text) {
        try {
            long value = Long.parseLong(text.trim());
            return value >= 0 ? OptionalLong.of(value) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static String get(Map<String, String> properties, String key) {
        return blankIfNull(properties.get(PREFIX + key)).trim();
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
