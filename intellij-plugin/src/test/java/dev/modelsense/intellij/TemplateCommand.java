package dev.modelsense.intellij;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The LSP4IJ template's command as LSP4IJ runs it: {@code programArgs.default} with the IDE's path macros
 * expanded, split into words by LSP4IJ's rule, started in {@code workingDir}.
 */
record TemplateCommand(List<String> command, Path workingDirectory) {

    static final Path TEMPLATE_DIR = Path.of(System.getProperty("modelsense.template.dir"));

    static JsonObject json(String file) throws Exception {
        return JsonParser.parseString(Files.readString(TEMPLATE_DIR.resolve(file))).getAsJsonObject();
    }

    static TemplateCommand resolve(Path userHome, Path projectDir) throws Exception {
        JsonObject template = json("template.json");
        String line = expand(template.getAsJsonObject("programArgs").get("default").getAsString(), userHome, projectDir);
        String workingDir = expand(template.get("workingDir").getAsString(), userHome, projectDir);
        return new TemplateCommand(CommandLineWords.split(line), Path.of(workingDir));
    }

    private static String expand(String text, Path userHome, Path projectDir) {
        return text.replace("$USER_HOME$", userHome.toString()).replace("$PROJECT_DIR$", projectDir.toString());
    }
}
