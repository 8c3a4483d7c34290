package dev.modelsense.cli;

import com.google.gson.GsonBuilder;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.SourceNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code modelsense ls}: the selected nodes, printed as dbt ls prints them. */
@Command(name = "ls", mixinStandardHelpOptions = true, aliases = "list", description = "List selected nodes (dbt ls).")
final class ListCommand implements Callable<Integer> {

    enum Output { selector, name, path, json }

    @Mixin
    ProjectOptions options = new ProjectOptions();

    @Option(names = {"-o", "--output"}, defaultValue = "selector", description = "selector, name, path or json.")
    Output output;

    @Option(names = "--resource-type", split = " ", description = "Only these resource types (model, seed, ...).")
    List<String> resourceTypes = new ArrayList<>();

    @Override
    public Integer call() {
        Engine.Compiled result = Engine.compileSelected(options);
        ProjectSnapshot snapshot = result.snapshot();
        Set<String> ids = new TreeSet<>(result.selected());
        for (String id : ids) {
            String line = describe(snapshot, id);
            if (line != null) {
                System.out.println(line);
            }
        }
        return 0;
    }

    private String describe(ProjectSnapshot snapshot, String id) {
        ParsedNode node = snapshot.nodes().get(id);
        SourceNode source = snapshot.sources().get(id);
        String type = node != null ? node.spec().resourceType() : source != null ? "source" : null;
        if (type == null || !resourceTypes.isEmpty() && !resourceTypes.contains(type)) {
            return null;
        }
        if (node != null) {
            return switch (output) {
                case name -> node.name();
                case path -> node.spec().file().originalFilePath();
                case selector -> String.join(".", node.spec().fqn());
                case json -> json(node);
            };
        }
        String selector = "source:" + source.packageName() + "." + source.sourceName() + "." + source.tableName();
        return switch (output) {
            case name -> source.sourceName() + "." + source.tableName();
            case path -> String.valueOf(source.properties().file());
            case selector -> selector;
            case json -> new GsonBuilder().disableHtmlEscaping().create().toJson(Map.of("unique_id", id,
                    "resource_type", "source", "name", source.tableName(), "source_name", source.sourceName(),
                    "package_name", source.packageName()));
        };
    }

    private static String json(ParsedNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", node.name());
        map.put("resource_type", node.spec().resourceType());
        map.put("package_name", node.spec().packageName());
        map.put("original_file_path", node.spec().file().originalFilePath());
        map.put("unique_id", node.uniqueId());
        map.put("alias", node.alias());
        map.put("config", node.config());
        map.put("tags", node.tags());
        map.put("depends_on", Map.of("nodes", node.dependsOn()));
        return new GsonBuilder().disableHtmlEscaping().serializeNulls().create().toJson(map);
    }
}
