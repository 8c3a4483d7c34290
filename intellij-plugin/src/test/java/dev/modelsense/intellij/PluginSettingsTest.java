package dev.modelsense.intellij;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PluginSettingsTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryKey() {
        PluginSettings settings = PluginSettings.fromProperties(Map.of(
                "modelsense.java", "/opt/jdk-21", "modelsense.serverJar", "/tmp/s.jar",
                "modelsense.vmArgs", "-Xmx4g \"-Dx=a b\"", "modelsense.profilesDir", "~/.dbt",
                "modelsense.target", "prod", "modelsense.vars", "{a: 1}", "modelsense.debounceMillis", "0",
                "modelsense.diagnostics.ignore", "naming, docs,,", "other.key", "ignored"));
        assertEquals(new PluginSettings("/opt/jdk-21", "/tmp/s.jar", List.of("-Xmx4g", "-Dx=a b"), "~/.dbt", "prod",
                "{a: 1}", OptionalLong.of(0), List.of("naming", "docs")), settings);
    }

    @Test
    void aBadNumberIsReportedAndLeftAtTheDefault() {
        Map<String, String> properties = Map.of("modelsense.debounceMillis", "-5");
        assertEquals(OptionalLong.empty(), PluginSettings.fromProperties(properties).debounceMillis());
        assertEquals(1, PluginSettings.problems(properties).size());
        assertEquals(List.of(), PluginSettings.problems(Map.of("modelsense.debounceMillis", "300")));
        assertEquals(PluginSettings.DEFAULTS, PluginSettings.fromProperties(Map.of()));
    }

    @Test
    void theProjectFileOverridesTheIdesSystemProperties() throws Exception {
        Properties system = new Properties();
        system.setProperty("modelsense.java", "/opt/jdk-17");
        system.setProperty("modelsense.target", "dev");
        system.setProperty("user.home", "/home/me");
        Files.createDirectories(dir.resolve(".idea"));
        Files.writeString(dir.resolve(".idea/modelsense.properties"), "modelsense.target=prod\n");
        assertEquals(Map.of("modelsense.java", "/opt/jdk-17", "modelsense.target", "prod"),
                ProjectSettingsFile.read(dir, system));
        assertEquals(Map.of("modelsense.java", "/opt/jdk-17", "modelsense.target", "dev"),
                ProjectSettingsFile.read(dir.resolve("no-project"), system));
    }
}
