package dev.modelsense.intellij;

import org.eclipse.lsp4j.MessageParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plugin's way: an installed plugin folder with the real server jar under lib/server, {@link ServerLaunch}
 * plans the start on this machine (its Java, its environment), and the planned command is run as it is.
 */
class PluginLaunchProcessTest {

    @TempDir
    Path dir;

    @Test
    void thePlannedCommandServesAnLsp4ijClient() throws Exception {
        Path pluginJar = FakeFiles.jar(dir.resolve("plugins/modelsense/lib/modelsense-intellij.jar"), null);
        Path bundled = dir.resolve("plugins/modelsense/lib/server/" + ServerJarLocator.BUNDLED_JAR);
        Files.createDirectories(bundled.getParent());
        Files.createSymbolicLink(bundled, ServerConversation.builtServerJar());
        Path project = ServerConversation.writeProject(dir.resolve("shop"));

        LaunchPlan plan = ServerLaunch.standard().plan(Map.of("modelsense.debounceMillis", "0",
                "modelsense.vmArgs", "-Xmx1g"), project, pluginJar, LaunchEnvironment.ofProcess());
        LaunchSpec spec = assertInstanceOf(LaunchPlan.Ready.class, plan, plan.toString()).spec();
        assertEquals(bundled, spec.serverJar());
        assertEquals(project, spec.workingDirectory());

        RecordingEditor editor = ServerConversation.run(spec.command(), spec.workingDirectory(), project,
                spec.initializationOptions(), dir.resolve("stderr.txt"));
        assertTrue(editor.all(MessageParams.class).stream().noneMatch(m -> m.getMessage().contains("Ignoring setting")),
                editor.describe());
    }
}
