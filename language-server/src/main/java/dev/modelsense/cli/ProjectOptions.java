package dev.modelsense.cli;

import com.google.gson.Gson;
import dev.modelsense.compile.CompileRequest;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The options every project command shares, spelled as dbt spells them. */
final class ProjectOptions {

    @Parameters(index = "0", defaultValue = ".", description = "The dbt project folder (default: current folder).")
    Path project;

    @Option(names = {"-t", "--target"}, description = "Profile target to compile for.")
    String target;

    @Option(names = "--profiles-dir", description = "Folder that holds profiles.yml.")
    Path profilesDir;

    @Option(names = "--vars", description = "YAML or JSON dict of vars, e.g. '{k: v}'.")
    String vars;

    @Option(names = {"-s", "--select", "-m", "--models"}, split = " ", description = "dbt node selection.")
    List<String> select = new ArrayList<>();

    @Option(names = "--exclude", split = " ", description = "Nodes to leave out.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--threads", description = "Render threads (default: number of cores).")
    Integer threads;

    CompileRequest request() {
        CompileRequest request = CompileRequest.of(project.toAbsolutePath().normalize())
                .withTarget(target).withProfilesDir(profilesDir == null ? null : profilesDir.toAbsolutePath())
                .withVars(parseVars(vars));
        return threads == null ? request : request.withThreads(threads);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parseVars(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        if (parsed instanceof Map<?, ?> map) {
            return new LinkedHashMap<>((Map<String, Object>) map);
        }
        throw new IllegalArgumentException("--vars must be a YAML or JSON dictionary, got: " + new Gson().toJson(parsed));
    }
}
