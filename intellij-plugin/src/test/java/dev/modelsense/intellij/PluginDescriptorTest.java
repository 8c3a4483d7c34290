package dev.modelsense.intellij;

import com.jetbrains.plugin.structure.intellij.plugin.IdePlugin;
import com.jetbrains.plugin.structure.intellij.plugin.PluginDependency;
import com.jetbrains.plugin.structure.intellij.version.IdeVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built plugin.xml (version filtered in) passes JetBrains' descriptor checks and declares what LSP4IJ needs. */
class PluginDescriptorTest {

    @TempDir
    Path dir;

    static String builtDescriptor() throws Exception {
        try (var in = Objects.requireNonNull(PluginDescriptorTest.class.getResourceAsStream("/META-INF/plugin.xml"),
                "plugin.xml is not on the class path")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private Path pluginFolder(String descriptor) throws Exception {
        Path metaInf = Files.createDirectories(dir.resolve("plugin/META-INF"));
        Files.writeString(metaInf.resolve("plugin.xml"), descriptor);
        return dir.resolve("plugin");
    }

    @Test
    void theDescriptorIsValid() throws Exception {
        DescriptorValidation.Outcome outcome = DescriptorValidation.validate(pluginFolder(builtDescriptor()));
        var valid = assertInstanceOf(DescriptorValidation.Outcome.Valid.class, outcome, outcome.toString());
        IdePlugin plugin = valid.plugin();
        assertEquals("dev.modelsense", plugin.getPluginId());
        assertEquals(System.getProperty("modelsense.project.version"), plugin.getPluginVersion());
        assertFalse(plugin.getPluginVersion().contains("${"), "the version was not filtered in");
        assertTrue(plugin.getSinceBuild().compareTo(IdeVersion.createIdeVersion("242")) >= 0,
                "LSP4IJ needs 2024.2 (242): " + plugin.getSinceBuild());
        assertTrue(plugin.getDependencies().stream().map(PluginDependency::getId)
                .anyMatch("com.redhat.devtools.lsp4ij"::equals), plugin.getDependencies().toString());
        assertTrue(plugin.getExtensions().containsKey("com.redhat.devtools.lsp4ij.server"),
                plugin.getExtensions().keySet().toString());
        assertEquals(2, plugin.getExtensions().get("com.redhat.devtools.lsp4ij.fileNamePatternMapping").size());
        assertEquals(java.util.List.of(), valid.warnings());
    }

    @Test
    void theValidatorRejectsWhatTheMarketplaceWould() throws Exception {
        // the same descriptor without a vendor and with a broken since-build: proof the check can fail
        String broken = builtDescriptor().replaceAll("<vendor>[^<]*</vendor>", "")
                .replace("since-build=\"242\"", "since-build=\"abc\"");
        var invalid = assertInstanceOf(DescriptorValidation.Outcome.Invalid.class,
                DescriptorValidation.validate(pluginFolder(broken)));
        assertTrue(invalid.problems().stream().anyMatch(p -> p.contains("vendor")), invalid.problems().toString());
        assertTrue(invalid.problems().stream().anyMatch(p -> p.contains("abc")), invalid.problems().toString());
    }
}
