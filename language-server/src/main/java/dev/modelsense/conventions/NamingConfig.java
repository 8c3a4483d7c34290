package dev.modelsense.conventions;

import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code naming:}. Each section given replaces its default; an absent one keeps it:
 * <pre>
 * naming:
 *   placeholders: {time_grain: [daily, weekly, monthly]}
 *   models:
 *     - path: models/staging/**
 *       template: stg_&lt;source&gt;__&lt;entity&gt;
 *     - materialized: incremental
 *       regex: "^inc_[a-z_]+$"
 *   sources: {regex: "^[a-z_]+$"}
 *   seeds: {template: "raw_&lt;entity&gt;"}
 *   yaml_files: [{path: models/**, template: "_&lt;folder&gt;__models"}]
 * </pre>
 */
final class NamingConfig {

    private static final Set<String> KEYS = Set.of("placeholders", "models", "sources", "seeds", "yaml_files");
    private static final Set<String> MODEL_RULE_KEYS = Set.of("path", "materialized", "layer", "template", "regex");
    private static final Set<String> PATTERN_KEYS = Set.of("template", "regex");
    private static final Set<String> FILE_RULE_KEYS = Set.of("path", "template", "regex");

    private final ConfigReader reader;
    private final Map<String, List<String>> vocabularies = new LinkedHashMap<>();

    private NamingConfig(ConfigReader reader) {
        this.reader = reader;
    }

    static NamingConventions parse(Node value, ConfigReader reader, NamingConventions defaults) {
        return new NamingConfig(reader).read(value, defaults);
    }

    private NamingConventions read(Node value, NamingConventions defaults) {
        Map<String, Node> entries = reader.mapping(value, "naming", KEYS);
        Node placeholders = entries.get("placeholders");
        if (placeholders != null) {
            reader.mapping(placeholders, "naming.placeholders", Set.of())
                    .forEach((name, words) -> vocabularies.put(name, reader.strings(words, "placeholder " + name)));
        }
        List<NamingConventions.ModelNaming> models = defaults.models();
        if (entries.containsKey("models")) {
            models = new ArrayList<>();
            for (Node item : reader.items(entries.get("models"), "naming.models")) {
                Map<String, Node> rule = reader.mapping(item, "a naming.models rule", MODEL_RULE_KEYS);
                PathGlob path = rule.containsKey("path")
                        ? reader.string(rule.get("path"), "path").map(PathGlob::of).orElse(null) : null;
                String materialized = rule.containsKey("materialized")
                        ? reader.string(rule.get("materialized"), "materialized").orElse(null) : null;
                String layer = rule.containsKey("layer") ? reader.string(rule.get("layer"), "layer").orElse(null) : null;
                List<NameTemplate> patterns = patterns(item, rule);
                if (!patterns.isEmpty()) {
                    models.add(new NamingConventions.ModelNaming(path, materialized, layer, false, patterns));
                }
            }
        }
        List<NameTemplate> sources = entries.containsKey("sources")
                ? patterns(entries.get("sources"), reader.mapping(entries.get("sources"), "naming.sources", PATTERN_KEYS))
                : defaults.sources();
        List<NameTemplate> seeds = entries.containsKey("seeds")
                ? patterns(entries.get("seeds"), reader.mapping(entries.get("seeds"), "naming.seeds", PATTERN_KEYS))
                : defaults.seeds();
        List<NamingConventions.FileNaming> files = defaults.yamlFiles();
        if (entries.containsKey("yaml_files")) {
            files = new ArrayList<>();
            for (Node item : reader.items(entries.get("yaml_files"), "naming.yaml_files")) {
                Map<String, Node> rule = reader.mapping(item, "a naming.yaml_files rule", FILE_RULE_KEYS);
                PathGlob path = rule.containsKey("path")
                        ? reader.string(rule.get("path"), "path").map(PathGlob::of).orElse(null) : null;
                List<NameTemplate> patterns = patterns(item, rule);
                if (!patterns.isEmpty()) {
                    files.add(new NamingConventions.FileNaming(path, patterns));
                }
            }
        }
        return new NamingConventions(models, sources, seeds, files);
    }

    /** {@code template:} (one or a list) and/or {@code regex:}; at least one is required. */
    private List<NameTemplate> patterns(Node rule, Map<String, Node> entries) {
        List<NameTemplate> patterns = new ArrayList<>();
        if (entries.containsKey("template")) {
            reader.strings(entries.get("template"), "template")
                    .forEach(text -> patterns.add(NameTemplate.template(text, vocabularies)));
        }
        if (entries.containsKey("regex")) {
            for (String expression : reader.strings(entries.get("regex"), "regex")) {
                try {
                    patterns.add(NameTemplate.regex(expression));
                } catch (PatternSyntaxException e) {
                    reader.error(entries.get("regex"), "Invalid regular expression: " + e.getDescription());
                }
            }
        }
        if (!entries.containsKey("template") && !entries.containsKey("regex") && !ConfigReader.isNull(rule)
                && rule instanceof org.yaml.snakeyaml.nodes.MappingNode) {
            reader.error(rule, "A naming rule needs a template or a regex");
        }
        return patterns;
    }
}
