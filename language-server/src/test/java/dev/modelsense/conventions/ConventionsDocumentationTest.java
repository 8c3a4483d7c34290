package dev.modelsense.conventions;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.modelsense.project.ConventionsFile;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's modelsense.yml example, the loader and the JSON schema agree. */
class ConventionsDocumentationTest {

    private static final Path README = Path.of("..", "README.md");

    private static String readmeExample() throws IOException {
        String readme = Files.readString(README);
        int section = readme.indexOf("## Contracts and conventions");
        assertTrue(section >= 0, "README has a Contracts and conventions section");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    private static JsonObject schema() throws IOException {
        try (InputStream in = Conventions.class.getResourceAsStream("modelsense.schema.json")) {
            assertNotNull(in, "the schema ships with the server");
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    @Test
    void theReadmeExampleLoadsWithoutProblems() throws IOException {
        Conventions conventions = ConventionsLoader.read(new ConventionsFile(Path.of("modelsense.yml"),
                readmeExample()));
        assertEquals(List.of(), conventions.problems());
        assertEquals(3, conventions.layers().layers().size());
        assertEquals(10, conventions.layers().fanoutLimit());
        assertEquals(Map.of("layer-fanout", "info", "doc-column-missing", "off"), conventions.severities());
    }

    @Test
    void theSchemaIsDraft07AndDescribesEveryKeyOfTheExample() throws IOException {
        JsonObject schema = schema();
        assertEquals("http://json-schema.org/draft-07/schema#", schema.get("$schema").getAsString());
        Set<String> described = new TreeSet<>();
        collectPropertyNames(schema, described);
        Set<String> used = new TreeSet<>();
        collectKeys(new Yaml().load(readmeExample()), used, false);
        List<String> missing = new ArrayList<>(used);
        missing.removeAll(described);
        assertEquals(List.of(), missing);
        List<String> codes = new ArrayList<>();
        schema.getAsJsonObject("definitions").getAsJsonObject("code").getAsJsonArray("enum")
                .forEach(code -> codes.add(code.getAsString()));
        assertEquals(Codes.CONFIGURABLE, codes);
    }

    private static void collectPropertyNames(JsonElement element, Set<String> names) {
        if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            if (object.has("properties") && object.get("properties").isJsonObject()) {
                names.addAll(object.getAsJsonObject("properties").keySet());
            }
            object.entrySet().forEach(entry -> collectPropertyNames(entry.getValue(), names));
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(item -> collectPropertyNames(item, names));
        }
    }

    /** Keys of the example, except those under free-form maps (placeholder names, layer names, codes). */
    private static void collectKeys(Object value, Set<String> keys, boolean freeForm) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                if (!freeForm) {
                    keys.add(key.toString());
                }
                boolean childFreeForm = Set.of("placeholders", "severities").contains(key.toString())
                        || ("layers".equals(key.toString()) && map.containsKey("primary_key_names"));
                collectKeys(item, keys, childFreeForm);
            });
        } else if (value instanceof List<?> list) {
            list.forEach(item -> collectKeys(item, keys, false));
        }
    }
}
