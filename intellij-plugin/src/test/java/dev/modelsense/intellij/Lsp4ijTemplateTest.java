package dev.modelsense.intellij;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The LSP4IJ user-defined server template: only keys and files LSP4IJ reads, and the plugin's own command line. */
class Lsp4ijTemplateTest {

    // ServerTemplate / LanguageServerTemplate JSON properties and the template folder's files (LSP4IJ docs)
    private static final Set<String> TEMPLATE_KEYS = Set.of("id", "name", "programArgs", "env", "workingDir",
            "languageMappings", "fileTypeMappings", "expandConfiguration", "disablePromotionFor", "dev", "url");
    private static final Set<String> TEMPLATE_FILES = Set.of("template.json", "settings.json",
            "settings.schema.json", "initializationOptions.json", "clientSettings.json", "experimental.json",
            "workspaceFolderSettings.json", "installer.json", "README.md");
    private static final Set<String> SERVER_SETTINGS = Set.of("profilesDir", "target", "vars", "debounceMillis",
            "diagnostics");

    @Test
    void usesOnlyKeysAndFilesLsp4ijReads() throws Exception {
        JsonObject template = TemplateCommand.json("template.json");
        assertTrue(TEMPLATE_KEYS.containsAll(template.keySet()), template.keySet().toString());
        assertEquals("modelsense", template.get("id").getAsString());
        assertTrue(template.get("name").getAsString().startsWith("Modelsense"));
        assertTrue(template.getAsJsonObject("programArgs").has("default"));
        try (Stream<Path> files = Files.list(TemplateCommand.TEMPLATE_DIR)) {
            for (Path file : files.toList()) {
                assertTrue(TEMPLATE_FILES.contains(file.getFileName().toString()), "LSP4IJ ignores " + file);
            }
        }
    }

    @Test
    void mapsTheSameFilePatternsAsThePlugin() throws Exception {
        List<String> patterns = new ArrayList<>();
        for (JsonElement mapping : TemplateCommand.json("template.json").getAsJsonArray("fileTypeMappings")) {
            JsonObject fileType = mapping.getAsJsonObject().getAsJsonObject("fileType");
            // a file-type name would take .sql away from the IDE's SQL support: patterns only
            assertTrue(!fileType.has("name"), fileType.toString());
            fileType.getAsJsonArray("patterns").forEach(p -> patterns.add(p.getAsString()));
        }
        assertEquals(DbtProjectFiles.PATTERNS, patterns);
    }

    @Test
    void startsTheServerWithThePluginsCommandLine() throws Exception {
        Path home = Path.of("/home/someone");
        Path project = Path.of("/projects/shop");
        TemplateCommand command = TemplateCommand.resolve(home, project);
        assertEquals(ServerLaunch.command("java", List.of(),
                home.resolve(".modelsense").resolve(ServerJarLocator.BUNDLED_JAR).toString()), command.command());
        assertEquals(project, command.workingDirectory());
    }

    @Test
    void itsSettingsAreTheServersSettings() throws Exception {
        for (String file : List.of("initializationOptions.json", "settings.json")) {
            JsonObject settings = TemplateCommand.json(file).getAsJsonObject("modelsense");
            assertTrue(SERVER_SETTINGS.containsAll(settings.keySet()), file + ": " + settings.keySet());
        }
    }
}
