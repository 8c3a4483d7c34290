package dev.modelsense.compile;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What dbt's manifest.json says of each enabled model, seed, snapshot and analysis (relation name, materialization,
 * database, schema, alias, tags, dependencies) against {@code testdata/golden/<p>/<target>/manifest-summary.json}.
 */
class ManifestSummaryGoldenTest {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping()
            .create();

    @TestFactory
    Stream<DynamicTest> nodesMatchTheManifestSummary() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> summaries = Files.walk(GoldenCompileTest.TESTDATA.resolve("golden"))) {
            for (Path summary : summaries.filter(p -> p.getFileName().toString().equals("manifest-summary.json"))
                    .sorted().toList()) {
                String target = summary.getParent().getFileName().toString();
                String project = summary.getParent().getParent().getFileName().toString();
                tests.add(DynamicTest.dynamicTest(project + " @ " + target, () -> {
                    JsonElement expected = JsonParser.parseString(Files.readString(summary));
                    JsonElement actual = JsonParser.parseString(GSON.toJson(summarize(
                            GoldenCompileTest.compile(project, target))));
                    assertEquals(GSON.toJson(expected), GSON.toJson(actual));
                }));
            }
        }
        return tests.stream();
    }

    private static Map<String, Object> summarize(ProjectSnapshot snapshot) {
        Map<String, Object> summary = new TreeMap<>();
        for (ParsedNode node : snapshot.enabledNodes()) {
            if (node.spec().kind() == dev.modelsense.graph.NodeKind.TEST) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("alias", node.alias());
            entry.put("database", node.database());
            entry.put("depends_on", Map.of("nodes", node.dependsOn().stream().sorted().toList()));
            entry.put("materialized", node.materialized());
            entry.put("relation_name", node.relationName());
            entry.put("schema", node.schema());
            entry.put("tags", node.tags());
            summary.put(node.uniqueId(), entry);
        }
        return summary;
    }
}
