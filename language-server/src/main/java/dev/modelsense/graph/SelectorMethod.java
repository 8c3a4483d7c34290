package dev.modelsense.graph;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** dbt's selector method names ({@code MethodName}) and what each matches, as {@code selector_methods.py}. */
enum SelectorMethod {
    FQN("fqn"),
    TAG("tag"),
    GROUP("group"),
    ACCESS("access"),
    SOURCE("source"),
    PATH("path"),
    FILE("file"),
    PACKAGE("package"),
    CONFIG("config"),
    TEST_NAME("test_name"),
    TEST_TYPE("test_type"),
    RESOURCE_TYPE("resource_type"),
    STATE("state"),
    EXPOSURE("exposure"),
    METRIC("metric"),
    RESULT("result"),
    SOURCE_STATUS("source_status"),
    WILDCARD("wildcard"),
    VERSION("version"),
    SEMANTIC_MODEL("semantic_model"),
    SAVED_QUERY("saved_query"),
    UNIT_TEST("unit_test");

    /** dbt's {@code NodeType} values, all accepted by {@code resource_type:}. */
    private static final Set<String> RESOURCE_TYPES = Set.of("model", "analysis", "test", "snapshot", "operation",
            "seed", "rpc", "sql_operation", "doc", "source", "macro", "exposure", "metric", "group",
            "saved_query", "semantic_model", "unit_test", "fixture");

    private final String methodName;

    SelectorMethod(String methodName) {
        this.methodName = methodName;
    }

    String methodName() {
        return methodName;
    }

    static Optional<SelectorMethod> named(String name) {
        return Arrays.stream(values()).filter(method -> method.methodName.equals(name)).findFirst();
    }

    /**
     * dbt's {@code default_method}: a value with a path separator is a path, one ending in .sql/.py/.csv a file
     * name, anything else an fqn.
     */
    static SelectorMethod defaultFor(String value) {
        if (value.contains("/")) {
            return PATH;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".sql") || lower.endsWith(".py") || lower.endsWith(".csv")) {
            return FILE;
        }
        return FQN;
    }

    /** The node test for this method; errors dbt raises for a malformed value are raised here, at parse time. */
    NodeMatcher matcher(List<String> arguments, String value) {
        return switch (this) {
            case FQN -> (node, graph) -> node.kind().isManifestNode()
                    && FqnMatch.matches(value, node.fqn(), node.isVersioned());
            case TAG -> (node, graph) -> node.tags().stream().anyMatch(tag -> Fnmatch.matches(tag, value));
            case GROUP -> (node, graph) -> (node.kind().isManifestNode() || node.kind() == NodeKind.METRIC)
                    && value.equals(node.config().get("group"));
            case ACCESS -> (node, graph) -> node.kind() == NodeKind.MODEL && value.equals(accessOf(node));
            case SOURCE -> sourceMatcher(value);
            case PATH -> {
                PathPattern pattern = PathPattern.parse(value);
                yield (node, graph) -> pattern.selects(node.originalFilePath());
            }
            case FILE -> (node, graph) -> fileMatches(node.originalFilePath(), value);
            case PACKAGE -> (node, graph) -> Fnmatch.matches(node.packageName(), value);
            case CONFIG -> (node, graph) -> ConfigMatch.matches(node, arguments, value);
            case TEST_TYPE -> testTypeMatcher(value);
            case RESOURCE_TYPE -> {
                if (!RESOURCE_TYPES.contains(value)) {
                    throw new SelectorSyntaxException("Invalid resource_type selector \"" + value + "\"");
                }
                yield (node, graph) -> node.kind().resourceType().equals(value);
            }
            case EXPOSURE -> packagedNameMatcher(NodeKind.EXPOSURE, value);
            case METRIC -> packagedNameMatcher(NodeKind.METRIC, value);
            case SEMANTIC_MODEL -> packagedNameMatcher(NodeKind.SEMANTIC_MODEL, value);
            case VERSION -> VersionMatch.matcher(value);
            // the graph has no saved queries or unit tests, so these select nothing, as in a project without them
            case SAVED_QUERY, UNIT_TEST -> (node, graph) -> false;
            case STATE, RESULT, SOURCE_STATUS -> throw new SelectorSyntaxException("The '" + methodName
                    + "' selector method needs run artifacts (--state / run results) and is not supported");
            case TEST_NAME -> throw new SelectorSyntaxException(
                    "The 'test_name' selector method needs test metadata and is not supported");
            case WILDCARD -> throw new SelectorSyntaxException("Method name \"" + methodName
                    + "\" is a valid node selection method name, but it is not handled");
        };
    }

    private static String accessOf(GraphNode node) {
        Object access = node.config().get("access");
        return access == null ? "protected" : access.toString(); // dbt's default access for models
    }

    private static boolean fileMatches(String originalFilePath, String pattern) {
        Path fileName = Path.of(originalFilePath.replace('\\', '/')).getFileName();
        if (fileName == null) {
            return false;
        }
        String name = fileName.toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return Fnmatch.matches(name, pattern) || Fnmatch.matches(stem, pattern);
    }

    private static NodeMatcher sourceMatcher(String value) {
        List<String> parts = FqnMatch.pythonSplit(value);
        String packagePattern = "*";
        String sourcePattern;
        String tablePattern = "*";
        switch (parts.size()) {
            case 1 -> sourcePattern = parts.get(0);
            case 2 -> {
                sourcePattern = parts.get(0);
                tablePattern = parts.get(1);
            }
            case 3 -> {
                packagePattern = parts.get(0);
                sourcePattern = parts.get(1);
                tablePattern = parts.get(2);
            }
            default -> throw new SelectorSyntaxException("Invalid source selector value \"" + value
                    + "\". Sources must be of the form `${source_name}`, `${source_name}.${target_name}`, or "
                    + "`${package_name}.${source_name}.${target_name}`");
        }
        String pkg = packagePattern;
        String source = sourcePattern;
        String table = tablePattern;
        return (node, graph) -> node.kind() == NodeKind.SOURCE
                && Fnmatch.matches(node.packageName(), pkg)
                && Fnmatch.matches(node.sourceName(), source)
                && Fnmatch.matches(node.name(), table);
    }

    /** exposure:, metric:, semantic_model: take {@code name} or {@code package.name}. */
    private static NodeMatcher packagedNameMatcher(NodeKind kind, String value) {
        List<String> parts = FqnMatch.pythonSplit(value);
        if (parts.size() > 2) {
            throw new SelectorSyntaxException("Invalid " + kind.resourceType() + " selector value \"" + value
                    + "\". It must be of the form ${name} or ${package_name}.${name}");
        }
        String pkg = parts.size() == 2 ? parts.get(0) : "*";
        String name = parts.get(parts.size() - 1);
        return (node, graph) -> node.kind() == kind
                && Fnmatch.matches(node.packageName(), pkg)
                && Fnmatch.matches(node.name(), name);
    }

    /**
     * Generic tests are defined in property YAML, so their original_file_path is that YAML file; singular tests
     * are .sql files of their own. "schema" and "data" are dbt's older names.
     */
    private static NodeMatcher testTypeMatcher(String value) {
        boolean generic;
        if (value.equals("generic") || value.equals("schema")) {
            generic = true;
        } else if (value.equals("singular") || value.equals("data")) {
            generic = false;
        } else {
            throw new SelectorSyntaxException("Invalid test type selector " + value
                    + ": expected \"generic\" or \"singular\"");
        }
        return (node, graph) -> {
            if (node.kind() != NodeKind.TEST) {
                return false;
            }
            String path = node.originalFilePath().toLowerCase(Locale.ROOT);
            boolean definedInYaml = path.endsWith(".yml") || path.endsWith(".yaml");
            return definedInYaml == generic;
        };
    }
}
