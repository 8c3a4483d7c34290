package dev.modelsense.conventions;

import dev.modelsense.compile.Suggestions;
import org.yaml.snakeyaml.nodes.Node;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code documentation:}:
 * <pre>
 * documentation:
 *   primary_key_names: [id, "&lt;entity&gt;_id"]
 *   layers:
 *     "*": {model_description: true}
 *     marts: {column_descriptions: true, primary_key_tested: true}
 * </pre>
 */
final class DocumentationConfig {

    private static final Set<String> KEYS = Set.of("primary_key_names", "layers");
    private static final Set<String> REQUIREMENT_KEYS = Set.of("model_description", "column_descriptions",
            "primary_key_tested");

    private DocumentationConfig() {
    }

    static DocumentationRules parse(Node value, ConfigReader reader, Set<String> layerNames) {
        Map<String, Node> entries = reader.mapping(value, "documentation", KEYS);
        var primaryKeyNames = entries.containsKey("primary_key_names")
                ? reader.strings(entries.get("primary_key_names"), "primary_key_names")
                : DocumentationRules.DEFAULT_PRIMARY_KEY_NAMES;
        Map<String, DocumentationRules.Requirements> perLayer = new LinkedHashMap<>();
        if (entries.containsKey("layers")) {
            Map<String, Node> keys = ConfigReader.keyNodes(entries.get("layers"));
            reader.mapping(entries.get("layers"), "documentation.layers", Set.of()).forEach((layer, settings) -> {
                if (!layer.equals(DocumentationRules.ALL_LAYERS) && !layerNames.contains(layer)) {
                    reader.error(keys.get(layer), "Unknown layer '" + layer + "' (use \"*\" for every model)."
                            + Suggestions.didYouMean(layer, layerNames));
                    return;
                }
                Map<String, Node> flags = reader.mapping(settings, "documentation.layers." + layer,
                        REQUIREMENT_KEYS);
                perLayer.put(layer, new DocumentationRules.Requirements(
                        flag(flags, "model_description", reader), flag(flags, "column_descriptions", reader),
                        flag(flags, "primary_key_tested", reader)));
            });
        }
        return new DocumentationRules(perLayer, primaryKeyNames);
    }

    private static boolean flag(Map<String, Node> flags, String key, ConfigReader reader) {
        return flags.containsKey(key) && reader.bool(flags.get(key), key).orElse(false);
    }
}
