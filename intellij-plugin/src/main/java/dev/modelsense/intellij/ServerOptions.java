package dev.modelsense.intellij;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server's settings as JSON, in the shape the server reads from {@code initializationOptions} and
 * {@code workspace/didChangeConfiguration}: an object under {@code modelsense} with {@code profilesDir},
 * {@code target}, {@code vars}, {@code debounceMillis}, {@code diagnostics.ignore} and {@code diagnostics.mode} (always push). Unset values are left out so
 * the server's defaults apply.
 */
public final class ServerOptions {

    private ServerOptions() {
    }

    /** The {@code initializationOptions} of {@code initialize}. */
    public static String initializationOptions(PluginSettings settings) {
        return Json.write(Map.of("modelsense", serverSettings(settings)));
    }

    /** The settings object (the value under {@code modelsense}), as ordered entries. */
    static Map<String, Object> serverSettings(PluginSettings settings) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (!settings.profilesDir().isBlank()) {
            values.put("profilesDir", settings.profilesDir());
        }
        if (!settings.target().isBlank()) {
            values.put("target", settings.target());
        }
        if (!settings.vars().isBlank()) {
            // the server reads a string as YAML (JSON is YAML), exactly like --vars on the command line
            values.put("vars", settings.vars());
        }
        settings.debounceMillis().ifPresent(millis -> values.put("debounceMillis", millis));
        // LSP4IJ pulls diagnostics of open files only; pushed, closed files' problems show too
        Map<String, Object> diagnostics = new LinkedHashMap<>();
        diagnostics.put("mode", "push");
        if (!settings.ignoredCodes().isEmpty()) {
            diagnostics.put("ignore", settings.ignoredCodes());
        }
        values.put("diagnostics", diagnostics);
        return values;
    }
}
