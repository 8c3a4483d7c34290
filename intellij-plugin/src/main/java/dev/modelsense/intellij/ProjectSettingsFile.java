package dev.modelsense.intellij;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where the plugin's settings come from: {@code modelsense.*} system properties of the IDE (Help → Edit Custom VM
 * Options) for machine-wide choices such as the Java, overridden per project by {@code .idea/modelsense.properties}.
 */
public final class ProjectSettingsFile {

    public static final Path RELATIVE_PATH = Path.of(".idea", "modelsense.properties");

    private ProjectSettingsFile() {
    }

    /** The system properties' {@code modelsense.*} keys, then the project file's (which win). */
    public static Map<String, String> read(Path projectBase, Properties systemProperties) {
        Map<String, String> merged = new LinkedHashMap<>();
        copyOwnKeys(systemProperties, merged);
        if (projectBase != null) {
            Path file = projectBase.resolve(RELATIVE_PATH);
            if (Files.isRegularFile(file)) {
                Properties project = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    project.load(reader);
                } catch (IOException | IllegalArgumentException e) {
                    // a broken file falls back to the IDE-wide settings; the server still starts
                }
                copyOwnKeys(project, merged);
            }
        }
        return merged;
    }

    private static void copyOwnKeys(Properties properties, Map<String, String> into) {
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PluginSettings.PREFIX)) {
                into.put(key, properties.getProperty(key));
            }
        }
    }
}
