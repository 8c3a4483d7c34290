package dev.modelsense.conventions;

import dev.modelsense.compile.Problem;
import dev.modelsense.compile.Suggestions;
import dev.modelsense.project.ConventionsFile;
import dev.modelsense.project.LoadedProject;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a project's {@code modelsense.yml} (already loaded with the project) over the built-in defaults. Every
 * mistake becomes a {@code conventions-config} problem at the offending key or value, and the entry is skipped; a
 * file that is not YAML at all gives the defaults plus the error. Never throws.
 */
public final class ConventionsLoader {

    private static final Set<String> KEYS = Set.of("version", "columns", "naming", "layers", "documentation",
            "severities", "exemptions");
    private static final Set<String> SEVERITIES = Set.of("error", "warning", "warn", "info", "off");
    private static final Set<String> EXEMPTION_KEYS = Set.of("paths", "models", "codes");

    private ConventionsLoader() {
    }

    public static Conventions load(LoadedProject project) {
        Conventions base = EvaluatorVars.apply(Conventions.defaults(), project.root().vars());
        return project.conventionsFile().map(file -> read(file, base)).orElse(base);
    }

    /** The conventions of one {@code modelsense.yml} text over the built-in defaults. */
    public static Conventions read(ConventionsFile file) {
        return read(file, Conventions.defaults());
    }

    /** The conventions of one {@code modelsense.yml} text over {@code base} (what applies to a section it lacks). */
    static Conventions read(ConventionsFile file, Conventions base) {
        List<Problem> problems = new ArrayList<>();
        ConfigReader reader = new ConfigReader(error -> problems.add(Problem.error(Codes.CONFIG, error.message(),
                file.path(), error.line(), error.column())));
        Node root;
        try {
            root = new Yaml(options()).compose(new StringReader(file.text()));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(Problem.error(Codes.CONFIG, "modelsense.yml is not valid YAML: " + e.getProblem(),
                    file.path(), mark == null ? 0 : mark.getLine(), mark == null ? 0 : mark.getColumn()));
            return withProblems(base, problems);
        } catch (YAMLException | StackOverflowError e) {
            problems.add(Problem.error(Codes.CONFIG, "modelsense.yml is not valid YAML", file.path(), 0, 0));
            return withProblems(base, problems);
        }
        return sections(root, reader, problems, base);
    }

    private static Conventions sections(Node root, ConfigReader reader, List<Problem> problems, Conventions defaults) {
        Map<String, Node> entries = reader.mapping(root, "modelsense.yml", KEYS);
        ColumnContract columns = entries.containsKey("columns")
                ? ColumnContractConfig.parse(entries.get("columns"),
                        (node, message) -> reader.error(node instanceof Node n ? n : null, message)) : defaults.columns();
        NamingConventions naming = entries.containsKey("naming")
                ? NamingConfig.parse(entries.get("naming"), reader, defaults.naming()) : defaults.naming();
        LayerRules layers = entries.containsKey("layers")
                ? LayersConfig.parse(entries.get("layers"), reader, defaults.layers()) : defaults.layers();
        Set<String> layerNames = new LinkedHashSet<>(layers.layers().stream().map(Layer::name).toList());
        DocumentationRules documentation = entries.containsKey("documentation")
                ? DocumentationConfig.parse(entries.get("documentation"), reader, layerNames)
                : defaults.documentation();
        Map<String, String> severities = entries.containsKey("severities")
                ? severities(entries.get("severities"), reader) : Map.of();
        Exemptions exemptions = entries.containsKey("exemptions")
                ? exemptions(entries.get("exemptions"), reader) : defaults.exemptions();
        problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new Conventions(columns, naming, layers, documentation, severities, exemptions, problems);
    }

    private static Map<String, String> severities(Node value, ConfigReader reader) {
        Map<String, String> severities = new LinkedHashMap<>();
        Map<String, Node> keys = ConfigReader.keyNodes(value);
        reader.mapping(value, "severities", Set.of()).forEach((code, level) -> {
            if (!Codes.CONFIGURABLE.contains(code)) {
                reader.error(keys.get(code), "Unknown finding code '" + code + "'." + Suggestions.didYouMean(code,
                        Codes.CONFIGURABLE));
                return;
            }
            String text = level instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar
                    && "false".equalsIgnoreCase(scalar.getValue()) ? "off"
                    : reader.string(level, "A severity").map(String::toLowerCase).orElse(null);
            if (text == null) {
                return;
            }
            if (!SEVERITIES.contains(text)) {
                reader.error(level, "Unknown severity '" + text + "': use error, warning, info or off."
                        + Suggestions.didYouMean(text, SEVERITIES));
                return;
            }
            severities.put(code, text);
        });
        return severities;
    }

    private static Exemptions exemptions(Node value, ConfigReader reader) {
        List<Exemptions.Rule> rules = new ArrayList<>();
        for (Node item : reader.items(value, "exemptions")) {
            Map<String, Node> entries = reader.mapping(item, "an exemption", EXEMPTION_KEYS);
            List<PathGlob> paths = entries.containsKey("paths")
                    ? reader.strings(entries.get("paths"), "paths").stream().map(PathGlob::of).toList() : List.of();
            List<PathGlob> models = entries.containsKey("models")
                    ? reader.strings(entries.get("models"), "models").stream().map(PathGlob::of).toList() : List.of();
            Set<String> codes = new HashSet<>();
            if (entries.containsKey("codes")) {
                for (ConfigReader.Text code : reader.texts(entries.get("codes"), "codes")) {
                    if (Codes.CONFIGURABLE.contains(code.value()) || code.value().equals("all")) {
                        codes.add(code.value());
                    } else {
                        reader.error(code.node(), "Unknown finding code '" + code.value() + "'."
                                + Suggestions.didYouMean(code.value(), Codes.CONFIGURABLE));
                    }
                }
                if (codes.isEmpty()) {
                    continue; // every listed code was wrong: exempting from everything instead would hide too much
                }
            }
            if (!entries.isEmpty()) {
                rules.add(new Exemptions.Rule(paths, models, codes));
            }
        }
        return new Exemptions(rules);
    }

    private static Conventions withProblems(Conventions conventions, List<Problem> problems) {
        return new Conventions(conventions.columns(), conventions.naming(), conventions.layers(),
                conventions.documentation(), conventions.severities(), conventions.exemptions(), problems);
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(1_000);
        options.setNestingDepthLimit(100);
        return options;
    }

}
