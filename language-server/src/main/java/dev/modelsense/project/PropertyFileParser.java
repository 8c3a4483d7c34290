package dev.modelsense.project;

import dev.modelsense.project.ValueRenderer.FileKind;
import dev.modelsense.project.ValueRenderer.RenderScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses one property (schema) YAML file. Each entry is rendered first (per {@link PropertyRenderPolicy}),
 * then read key by key; a key of the wrong type is a {@code yaml-schema} ERROR and the rest of the entry,
 * the file and the project still load. Entry and column locations point at their {@code name:} value.
 */
final class PropertyFileParser {

    private static final Map<String, ResourceType> NODE_KEYS = Map.of("models", ResourceType.MODEL,
            "seeds", ResourceType.SEED, "snapshots", ResourceType.SNAPSHOT, "analyses", ResourceType.ANALYSIS,
            "macros", ResourceType.MACRO);

    /** Top-level keys dbt reads that this loader keeps raw; other list-valued keys are kept raw too. */
    private static final Set<String> KNOWN_OTHER_KEYS = Set.of("metrics", "semantic_models", "saved_queries",
            "unit_tests", "groups", "functions", "data_tests");

    private final ValueRenderer renderer;
    private final TargetProfile target;
    private final Problems problems;

    PropertyFileParser(ValueRenderer renderer, TargetProfile target, Problems problems) {
        this.renderer = renderer;
        this.target = target;
        this.problems = problems;
    }

    Optional<PropertyFile> parse(FileCollector.PropertySource source, String packageName) {
        Path file = source.path();
        YamlText.Result result = YamlText.parse(file, source.text());
        if (result instanceof YamlText.Malformed malformed) {
            problems.add(malformed.problem());
            return Optional.empty();
        }
        YamlText.Parsed parsed = (YamlText.Parsed) result;
        if (parsed.value() == null) {
            return Optional.of(new PropertyFile(file, packageName, List.of(), List.of(), List.of(), Map.of()));
        }
        if (!(parsed.value() instanceof Map<?, ?> top)) {
            problems.error("yaml-schema", "A property file must be a mapping of keys such as 'models:' and 'sources:'",
                    new Location(file, 0, 0));
            return Optional.empty();
        }
        YamlEntry document = new YamlEntry(Values.stringMap(top), parsed.root(), file, "", problems);
        ValueRendering rendering = new ValueRendering(renderer, new RenderScope(FileKind.PROPERTIES, packageName, target),
                keyPath -> keyPath.size() < 2 || PropertyRenderPolicy.shouldRender(keyPath.get(0),
                        keyPath.subList(2, keyPath.size())), problems, file, parsed.root());

        List<NodeProperties> nodes = new ArrayList<>();
        List<SourceTableProperties> sources = new ArrayList<>();
        List<ExposureProperties> exposures = new ArrayList<>();
        Map<String, List<Map<String, Object>>> other = new LinkedHashMap<>();
        SourceParser sourceParser = new SourceParser(this, packageName, file, problems);
        for (String key : document.values().keySet()) {
            boolean known = NODE_KEYS.containsKey(key) || KNOWN_OTHER_KEYS.contains(key)
                    || key.equals("sources") || key.equals("exposures");
            if (key.equals("version") || !known && !(document.raw(key) instanceof List)) {
                continue; // e.g. an 'anchors:' block holding YAML anchors
            }
            List<YamlEntry> entries = renderedEntries(document, key, rendering);
            ResourceType type = NODE_KEYS.get(key);
            if (type != null) {
                entries.forEach(entry -> node(type, entry, packageName, file).ifPresent(nodes::add));
            } else if (key.equals("sources")) {
                entries.forEach(entry -> sources.addAll(sourceParser.tables(entry)));
            } else if (key.equals("exposures")) {
                entries.forEach(entry -> exposure(entry, packageName, file).ifPresent(exposures::add));
            } else {
                other.put(key, entries.stream().map(YamlEntry::values).toList());
            }
        }
        return Optional.of(new PropertyFile(file, packageName, List.copyOf(nodes), List.copyOf(sources),
                List.copyOf(exposures), other));
    }

    private List<YamlEntry> renderedEntries(YamlEntry document, String key, ValueRendering rendering) {
        List<YamlEntry> rendered = new ArrayList<>();
        for (YamlEntry entry : document.entries(key)) {
            String index = entry.path().substring(entry.path().lastIndexOf('[') + 1, entry.path().length() - 1);
            Map<String, Object> values = Values.mapOrEmpty(rendering.render(entry.values(), List.of(key, index)));
            rendered.add(new YamlEntry(values, entry.node(), entry.file(), entry.path(), problems));
        }
        return rendered;
    }

    private Optional<NodeProperties> node(ResourceType type, YamlEntry entry, String packageName, Path file) {
        String name = requiredName(entry);
        if (name == null) {
            return Optional.empty();
        }
        List<ColumnProperties> columns = columns(entry);
        List<VersionProperties> versions = type == ResourceType.MODEL ? versions(entry, columns) : List.of();
        Object latestVersion = entry.raw("latest_version");
        if (latestVersion != null && versions.stream().noneMatch(v -> String.valueOf(v.v()).equals(latestVersion.toString()))) {
            problems.error("yaml-schema", "latest_version: " + latestVersion + " is not one of model '" + name
                    + "' versions: " + versions.stream().map(VersionProperties::v).toList(), entry.location("latest_version"));
        }
        return Optional.of(new NodeProperties(type, packageName, name, orEmpty(entry.string("description")),
                entry.map("config"), columns, entry.list("constraints"), dataTests(entry), versions, latestVersion,
                entry.map("docs"), entry.map("meta"), nameLocation(entry), file));
    }

    List<ColumnProperties> columns(YamlEntry entry) {
        List<ColumnProperties> columns = new ArrayList<>();
        for (YamlEntry column : entry.entries("columns")) {
            column(column).ifPresent(columns::add);
        }
        return columns;
    }

    private Optional<ColumnProperties> column(YamlEntry column) {
        String name = requiredName(column);
        if (name == null) {
            return Optional.empty();
        }
        // dbt 1.10 moved column meta/tags under config; both spellings apply
        YamlEntry config = new YamlEntry(column.map("config"), YamlText.child(column.node(), "config"), column.file(),
                column.path() + ".config", problems);
        Map<String, Object> meta = column.map("meta");
        meta.putAll(config.map("meta"));
        List<String> tags = column.stringList("tags");
        config.stringList("tags").stream().filter(tag -> !tags.contains(tag)).forEach(tags::add);
        return Optional.of(new ColumnProperties(name, orEmpty(column.string("description")), column.string("data_type"),
                column.bool("quote"), meta, column.list("constraints"), dataTests(column), tags, nameLocation(column)));
    }

    private List<VersionProperties> versions(YamlEntry model, List<ColumnProperties> modelColumns) {
        List<VersionProperties> versions = new ArrayList<>();
        for (YamlEntry version : model.entries("versions")) {
            Object v = version.raw("v");
            if (v == null || v instanceof Map || v instanceof List) {
                problems.error("yaml-schema", "'" + version.path() + ".v' is required and must be a version number or string",
                        version.location());
                continue;
            }
            if (versions.stream().anyMatch(existing -> String.valueOf(existing.v()).equals(v.toString()))) {
                problems.error("yaml-schema", "Found duplicate version: '" + v + "' in versions list of model '"
                        + model.string("name") + "'", version.location("v"));
                continue;
            }
            versions.add(new VersionProperties(v, version.string("defined_in"), version.map("config"),
                    versionColumns(version, modelColumns), version.location("v")));
        }
        return versions;
    }

    /** dbt's {@code get_columns_for_version}: the model's columns the include/exclude element keeps, then the version's own. */
    private List<ColumnProperties> versionColumns(YamlEntry version, List<ColumnProperties> modelColumns) {
        IncludeExclude includeExclude = IncludeExclude.ALL;
        boolean seenIncludeExclude = false;
        List<ColumnProperties> own = new ArrayList<>();
        List<Object> items = version.list("columns");
        Node columnsNode = YamlText.child(version.node(), "columns");
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> map)) {
                continue;
            }
            YamlEntry item = new YamlEntry(Values.stringMap(map), YamlText.item(columnsNode, i), version.file(),
                    version.path() + ".columns[" + i + "]", problems);
            if (item.has("include") || item.has("exclude") && !item.has("name")) {
                if (seenIncludeExclude) {
                    problems.error("yaml-schema", "A version can have at most one include/exclude element", item.location());
                    continue;
                }
                seenIncludeExclude = true;
                includeExclude = IncludeExclude.read(item, problems);
            } else {
                column(item).ifPresent(own::add);
            }
        }
        List<ColumnProperties> result = new ArrayList<>();
        for (ColumnProperties column : modelColumns) {
            if (includeExclude.includes(column.name())) {
                result.add(column);
            }
        }
        result.addAll(own);
        return result;
    }

    private Optional<ExposureProperties> exposure(YamlEntry entry, String packageName, Path file) {
        String name = requiredName(entry);
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(new ExposureProperties(packageName, name, entry.string("type"), entry.string("label"),
                orEmpty(entry.string("description")), entry.stringList("depends_on"), entry.map("owner"),
                nameLocation(entry), file));
    }

    /** {@code data_tests:}, or the older {@code tests:}; both at once is an error in dbt. */
    List<Object> dataTests(YamlEntry entry) {
        if (entry.has("data_tests") && entry.has("tests")) {
            problems.error("yaml-schema", "Invalid test config: cannot have both 'tests' and 'data_tests' defined in '"
                    + entry.path() + "'", entry.location("tests"));
        }
        return entry.list(entry.has("data_tests") ? "data_tests" : "tests");
    }

    String requiredName(YamlEntry entry) {
        String name = entry.string("name");
        if (name == null || name.isBlank()) {
            problems.error("yaml-schema", "'" + entry.path() + "' has no 'name'", entry.location());
            return null;
        }
        return name;
    }

    static Location nameLocation(YamlEntry entry) {
        return entry.location("name");
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
