package dev.modelsense.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import dev.modelsense.compile.CompileRequest;
import dev.modelsense.compile.MetadataCache;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the editor configures: how to compile (profiles dir, target, vars, as {@code --profiles-dir}, {@code --target}
 * and {@code --vars}), how long to wait after a keystroke before recompiling, which problem codes to hide, the
 * severity per problem code ({@code error}, {@code warning}, {@code information}, {@code hint} or {@code off}), and the
 * sandbox user and schema template for "Run in my sandbox".
 */
public record ServerSettings(Path profilesDir, String target, Map<String, Object> vars, long debounceMillis,
                             Set<String> ignoredCodes, Map<String, String> severities, String sandboxUser,
                             String sandboxTemplate) {

    public static final long DEFAULT_DEBOUNCE_MILLIS = 250;
    private static final Set<String> SEVERITIES = Set.of("error", "warning", "information", "hint", "off");
    public static final ServerSettings DEFAULTS = new ServerSettings(null, null, Map.of(), DEFAULT_DEBOUNCE_MILLIS,
            Set.of(), Map.of(), null, null);

    public ServerSettings {
        vars = vars == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vars));
        ignoredCodes = ignoredCodes == null ? Set.of() : Set.copyOf(ignoredCodes);
        severities = severities == null ? Map.of() : Map.copyOf(severities);
    }

    public ServerSettings(Path profilesDir, String target, Map<String, Object> vars, long debounceMillis,
                          Set<String> ignoredCodes) {
        this(profilesDir, target, vars, debounceMillis, ignoredCodes, Map.of(), null, null);
    }

    /** The compile of the project at {@code root} under these settings. */
    public CompileRequest requestFor(Path root, ServerEnvironment environment) {
        // a relative profiles dir is read against the project folder: an editor has no meaningful working directory
        return new CompileRequest(root, profilesDir, target, vars, environment.env(), environment.homeDir(),
                MetadataCache.EMPTY, environment.compileThreads());
    }

    public ServerSettings withDebounceMillis(long millis) {
        return new ServerSettings(profilesDir, target, vars, millis, ignoredCodes, severities, sandboxUser,
                sandboxTemplate);
    }

    /**
     * Reads {@code initializationOptions} or {@code workspace/didChangeConfiguration} settings: a JSON object,
     * optionally nested under {@code modelsense}. A malformed field is reported to {@code warnings} and left at its
     * default, so a typo in the editor's settings never keeps the server from starting.
     */
    public static ServerSettings parse(Object options, Consumer<String> warnings) {
        Map<String, Object> map = asMap(options);
        if (map.get("modelsense") instanceof Map<?, ?> nested) {
            map = stringKeys(nested);
        }
        Path profilesDir = null;
        if (map.get("profilesDir") instanceof String dir && !dir.isBlank()) {
            try {
                profilesDir = Path.of(dir);
            } catch (java.nio.file.InvalidPathException e) {
                warnings.accept("Ignoring setting profilesDir: not a path: " + dir);
            }
        }
        String target = map.get("target") instanceof String t && !t.isBlank() ? t : null;
        Map<String, Object> vars = vars(map.get("vars"), warnings);
        long debounce = DEFAULT_DEBOUNCE_MILLIS;
        if (map.get("debounceMillis") instanceof Number n && n.longValue() >= 0) {
            debounce = n.longValue();
        } else if (map.containsKey("debounceMillis")) {
            warnings.accept("Ignoring setting debounceMillis: expected a number of milliseconds >= 0, got "
                    + map.get("debounceMillis"));
        }
        Set<String> ignored = new LinkedHashSet<>();
        Map<String, String> severities = new LinkedHashMap<>();
        if (map.get("diagnostics") instanceof Map<?, ?> diagnostics) {
            if (diagnostics.get("ignore") instanceof Collection<?> codes) {
                codes.forEach(code -> ignored.add(String.valueOf(code)));
            }
            if (diagnostics.get("severity") instanceof Map<?, ?> bySeverity) {
                bySeverity.forEach((code, level) -> {
                    String value = String.valueOf(level).toLowerCase(java.util.Locale.ROOT);
                    if (SEVERITIES.contains(value)) {
                        severities.put(String.valueOf(code), value);
                    } else {
                        warnings.accept("Ignoring diagnostics.severity for " + code + ": expected one of "
                                + SEVERITIES + ", got " + level);
                    }
                });
            }
        }
        String sandboxUser = null;
        String sandboxTemplate = null;
        if (map.get("sandbox") instanceof Map<?, ?> sandbox) {
            sandboxUser = sandbox.get("user") instanceof String u && !u.isBlank() ? u : null;
            sandboxTemplate = sandbox.get("schemaTemplate") instanceof String t && !t.isBlank() ? t : null;
        }
        return new ServerSettings(profilesDir, target, vars, debounce, ignored, severities, sandboxUser,
                sandboxTemplate);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> vars(Object value, Consumer<String> warnings) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            return stringKeys(map);
        }
        if (value instanceof String text) {
            try {
                Object parsed = yaml().load(text);
                if (parsed == null) {
                    return Map.of();
                }
                if (parsed instanceof Map<?, ?> map) {
                    return stringKeys(map);
                }
            } catch (RuntimeException e) {
                // reported below
            }
        }
        warnings.accept("Ignoring setting vars: expected a dictionary (or YAML text of one), got " + value);
        return Map.of();
    }

    /** JSON numbers and nesting as YAML reads them, so settings vars equal the same {@code --vars} on the CLI. */
    /**
     * Whether {@code initializationOptions} ask for pushed diagnostics even when the client can pull
     * ({@code diagnostics.mode: push}): for clients that pull open files but never the workspace, so closed files'
     * problems would otherwise not show. Decided once, at initialize, like the capabilities.
     */
    public static boolean forcesPush(Object options) {
        Map<String, Object> map = asMap(options);
        if (map.get("modelsense") instanceof Map<?, ?> nested) {
            map = stringKeys(nested);
        }
        return map.get("diagnostics") instanceof Map<?, ?> diagnostics && "push".equals(diagnostics.get("mode"));
    }

    private static Map<String, Object> asMap(Object options) {
        if (options instanceof JsonElement json) {
            if (!json.isJsonObject()) {
                return Map.of();
            }
            Object parsed = yaml().load(new Gson().toJson(json));
            return parsed instanceof Map<?, ?> map ? stringKeys(map) : Map.of();
        }
        return options instanceof Map<?, ?> map ? stringKeys(map) : Map.of();
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }
}
