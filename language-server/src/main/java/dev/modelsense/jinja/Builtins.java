package dev.modelsense.jinja;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * dbt's context functions ({@code base.py}, {@code providers.py}). They are stateless singletons that read the
 * current {@link RenderState}, so one instance serves every render; they live in the macro namespace, where a
 * project macro of the same name replaces them (the originals stay reachable as {@code builtins.<name>}).
 */
final class Builtins {

    private static final Map<String, PyFunction> FUNCTIONS = create();

    private Builtins() {
    }

    static Map<String, PyFunction> functions() {
        return FUNCTIONS;
    }

    private static RenderState state() {
        RenderState state = RenderState.current();
        if (state == null) {
            throw new IllegalStateException("dbt context function called outside a render");
        }
        return state;
    }

    private static Map<String, PyFunction> create() {
        Map<String, PyFunction> f = new LinkedHashMap<>();
        add(f, "ref", Builtins::ref);
        add(f, "source", a -> {
            if (a.size() != 2) {
                throw new DbtCompilationException("source() takes exactly two arguments (" + a.size() + " given)");
            }
            return state().env.source(PyValues.str(a.positional().get(0)), PyValues.str(a.positional().get(1)));
        });
        add(f, "config", a -> {
            state().env.config(configValues(a));
            return "";
        });
        add(f, "var", Builtins::var);
        add(f, "env_var", Builtins::envVar);
        add(f, "return", a -> {
            state().requestReturn(a.get(0, "data", null));
            return "";
        });
        add(f, "log", a -> {
            state().env.log(PyValues.str(a.get(0, "msg", "")), PyValues.truthy(a.get(1, "info", false)));
            return "";
        });
        add(f, "print", a -> {
            state().env.log(PyValues.str(a.get(0, "msg", "")), true);
            return "";
        });
        add(f, "fromjson", a -> {
            try {
                return Json.read(PyValues.str(a.require(0, "string")));
            } catch (RuntimeException e) {
                return a.get(1, "default", null);
            }
        });
        add(f, "tojson", a -> Json.write(a.require(0, "value"), PyValues.truthy(a.get(2, "sort_keys", false))));
        add(f, "fromyaml", a -> {
            try {
                return new Yaml(new SafeConstructor(new LoaderOptions())).load(PyValues.str(a.require(0, "value")));
            } catch (RuntimeException e) {
                return a.get(1, "default", null);
            }
        });
        add(f, "toyaml", a -> toYaml(a.require(0, "value"), PyValues.truthy(a.get(2, "sort_keys", false))));
        add(f, "zip", a -> zip(a, false));
        add(f, "zip_strict", a -> zip(a, true));
        add(f, "set", a -> {
            Object value = a.require(0, "value");
            return value instanceof Collection<?> c ? new LinkedHashSet<>(c) : a.get(1, "default", null);
        });
        add(f, "set_strict", a -> {
            if (!(a.require(0, "value") instanceof Collection<?> c)) {
                throw new DbtCompilationException("set_strict() needs an iterable");
            }
            return new LinkedHashSet<>(c);
        });
        add(f, "load_result", a -> state().loadResult(PyValues.str(a.require(0, "name"))));
        add(f, "store_result", a -> {
            Object table = a.get(2, "agate_table", null);
            state().storeResult(PyValues.str(a.require(0, "name")), statementResult(a.get(1, "response", null), table));
            return "";
        });
        add(f, "store_raw_result", a -> {
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("_message", a.get(1, "message", null));
            response.put("code", a.get(2, "code", null));
            response.put("rows_affected", a.get(3, "rows_affected", null));
            state().storeResult(PyValues.str(a.require(0, "name")),
                    statementResult(response, a.get(4, "agate_table", null)));
            return "";
        });
        add(f, "diff_of_two_dicts", a -> {
            Map<String, Object> out = new LinkedHashMap<>();
            if (a.get(0, "dict_a", null) instanceof Map<?, ?> x && a.get(1, "dict_b", null) instanceof Map<?, ?> y) {
                x.forEach((k, v) -> {
                    if (!y.containsKey(k)) {
                        out.put(String.valueOf(k), v);
                    }
                });
            }
            return out;
        });
        add(f, "local_md5", a -> md5(PyValues.str(a.require(0, "value"))));
        add(f, "doc", a -> {
            RenderState s = state();
            String pkg = a.size() == 2 ? PyValues.str(a.positional().get(0)) : null;
            String name = PyValues.str(a.positional().get(a.size() - 1));
            return s.scope.macros().doc(pkg, name).map(DocsBlock::text)
                    .orElseThrow(() -> new DbtCompilationException("Documentation for '" + name + "' not found"));
        });
        return Map.copyOf(f);
    }

    private static void add(Map<String, PyFunction> functions, String name,
                            java.util.function.Function<PyArgs, Object> body) {
        functions.put(name, new PyFunction(name, body));
    }

    /** {@code ref('m')}, {@code ref('pkg', 'm')}, {@code ref('m', v=2)} / {@code version=2}. */
    static Object ref(PyArgs a) {
        Object version = a.keywords().containsKey("version") ? a.keywords().get("version") : a.keywords().get("v");
        RefArgs args = switch (a.size()) {
            case 1 -> new RefArgs(null, PyValues.str(a.positional().get(0)), version);
            case 2 -> new RefArgs(PyValues.str(a.positional().get(0)), PyValues.str(a.positional().get(1)), version);
            default -> throw new DbtCompilationException(
                    "ref() takes at most two arguments (" + a.size() + " given)");
        };
        return state().env.ref(args);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> configValues(PyArgs a) {
        if (a.size() == 1 && a.keywords().isEmpty() && a.positional().get(0) instanceof Map<?, ?> m) {
            Map<String, Object> values = new LinkedHashMap<>();
            m.forEach((k, v) -> values.put(String.valueOf(k), v));
            return values;
        }
        if (a.size() == 0 && !a.keywords().isEmpty()) {
            return new LinkedHashMap<>(a.keywords());
        }
        throw new DbtCompilationException("Invalid inline model config");
    }

    private static Object var(PyArgs a) {
        RenderState s = state();
        String name = PyValues.str(a.require(0, "var_name"));
        Optional<Object> value = s.env.var(name);
        if (value.isPresent()) {
            return value.get();
        }
        if (a.has(1, "default")) {
            return a.get(1, "default", null);
        }
        if (!s.env.execute()) {
            return null; // dbt's ParseVar: a missing var is None while parsing
        }
        Object nodeName = s.env.model() == null ? null : s.env.model().get("name");
        throw new DbtCompilationException("Required var '" + name + "' not found in config:\nVars supplied to "
                + (nodeName == null ? "<Configuration>" : nodeName) + " = {}");
    }

    private static Object envVar(PyArgs a) {
        String name = PyValues.str(a.require(0, "var"));
        Optional<String> value = state().env.envVar(name);
        if (value.isPresent()) {
            return value.get();
        }
        Object fallback = a.get(1, "default", null);
        if (fallback != null) {
            return PyValues.str(fallback);
        }
        throw new DbtCompilationException("Env var required but not provided: '" + name + "'");
    }

    private static List<Object> zip(PyArgs a, boolean strict) {
        List<List<Object>> lists = new ArrayList<>();
        for (Object arg : a.positional()) {
            if (!(arg instanceof Collection<?> c)) {
                if (strict) {
                    throw new DbtCompilationException("zip_strict() arguments must be iterable");
                }
                return null;
            }
            lists.add(new ArrayList<>(c));
        }
        int n = lists.stream().mapToInt(List::size).min().orElse(0);
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Object> tuple = new ArrayList<>(lists.size());
            for (List<Object> list : lists) {
                tuple.add(list.get(i));
            }
            out.add(tuple);
        }
        return out;
    }

    private static String toYaml(Object value, boolean sortKeys) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Object data = sortKeys && value instanceof Map<?, ?> m ? new java.util.TreeMap<>(m) : value;
        return new Yaml(options).dump(plain(data));
    }

    /** Converts Jinjava's wrappers (PyList, PyMap) into plain collections for the YAML dumper. */
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(plain(k), plain(v)));
            return out;
        }
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>();
            c.forEach(x -> out.add(plain(x)));
            return out;
        }
        return value instanceof Relation r ? r.render() : value;
    }

    static Map<String, Object> statementResult(Object response, Object table) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("response", response);
        result.put("table", table);
        result.put("data", table instanceof AgateTable t ? t.rows() : List.of());
        return result;
    }

    private static String md5(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
