package dev.modelsense.intellij;

import org.eclipse.lsp4j.MessageParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The template's way, with no plugin: the server jar where the template's README says to put it
 * ({@code ~/.modelsense/modelsense.jar}), the template's command with the IDE's macros expanded, its
 * initializationOptions.json, and the {@code java} on PATH.
 */
class TemplateProcessTest {

    @TempDir
    Path dir;

    @Test
    void theTemplatesCommandServesAnLsp4ijClient() throws Exception {
        Path home = dir.resolve("home");
        Path installed = home.resolve(".modelsense").resolve(ServerJarLocator.BUNDLED_JAR);
        Files.createDirectories(installed.getParent());
        Files.createSymbolicLink(installed, ServerConversation.builtServerJar());
        Path project = ServerConversation.writeProject(dir.resolve("shop"));
        // the template runs the java on PATH: it must be one the server runs on
        assertInstanceOf(JavaLookup.Found.class, new JavaLocator(JavaVersions.standard())
                .find("", new LaunchEnvironment(Map.of("PATH", System.getenv("PATH")), null, false)), "no Java 17+ on PATH");

        TemplateCommand command = TemplateCommand.resolve(home, project);
        String options = Files.readString(TemplateCommand.TEMPLATE_DIR.resolve("initializationOptions.json"));
        RecordingEditor editor = ServerConversation.run(command.command(), command.workingDirectory(), project,
                options, dir.resolve("stderr.txt"));
        assertTrue(editor.all(MessageParams.class).stream().noneMatch(m -> m.getMessage().contains("Ignoring setting")),
                editor.describe());
    }
}
