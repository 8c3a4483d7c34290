package dev.modelsense.jinja;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The objects of dbt's context that carry methods: {@code config}, {@code adapter}, {@code exceptions}, {@code api}. */
final class ContextObjects {

    private ContextObjects() {
    }

    private static RenderState state() {
        return RenderState.current();
    }

    /** {@code config.get/require/meta_get/set}; while parsing, dbt's get/require answer {@code ''}. */
    static final class Config implements PyObject {
        static final Config INSTANCE = new Config();

        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "get" -> new PyFunction("get", a -> {
                    String key = PyValues.str(a.require(0, "name"));
                    if (!state().env.execute()) {
                        return "";
                    }
                    Object value = state().env.configGet(key);
                    return value == null ? a.get(1, "default", null) : value;
                });
                case "require" -> new PyFunction("require", a -> {
                    String key = PyValues.str(a.require(0, "name"));
                    if (!state().env.execute()) {
                        return "";
                    }
                    Object value = state().env.configGet(key);
                    if (value == null) {
                        Object id = state().env.model() == null ? null : state().env.model().get("unique_id");
                        throw new DbtCompilationException("Model '" + id
                                + "' does not define a required config parameter '" + key + "'.");
                    }
                    return value;
                });
                case "meta_get" -> new PyFunction("meta_get", a -> {
                    String key = PyValues.str(a.require(0, "name"));
                    Object meta = state().env.configGet("meta");
                    Object value = meta instanceof Map<?, ?> m ? m.get(key) : null;
                    return value == null ? a.get(1, "default", null) : value;
                });
                case "set" -> new PyFunction("set", a -> {
                    Map<String, Object> values = new LinkedHashMap<>();
                    values.put(PyValues.str(a.require(0, "name")), a.get(1, "value", null));
                    state().env.config(values);
                    return "";
                });
                case "persist_relation_docs", "persist_column_docs" -> new PyFunction(name, a -> {
                    Object docs = state().env.configGet("persist_docs");
                    String key = name.equals("persist_relation_docs") ? "relation" : "columns";
                    return docs instanceof Map<?, ?> m && PyValues.truthy(m.get(key));
                });
                default -> NO_ATTRIBUTE;
            };
        }
    }

    /** {@code exceptions.*}: compiler errors stop the render; warnings go to the environment. */
    static final class Exceptions implements PyObject {
        static final Exceptions INSTANCE = new Exceptions();

        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "raise_compiler_error" -> new PyFunction(name, a -> {
                    throw new DbtCompilationException(PyValues.str(a.get(0, "msg", "")));
                });
                case "raise_not_implemented" -> new PyFunction(name, a -> {
                    throw new DbtCompilationException("ERROR: " + PyValues.str(a.get(0, "msg", "")));
                });
                case "warn" -> new PyFunction(name, a -> {
                    state().env.warn(PyValues.str(a.get(0, "msg", "")));
                    return "";
                });
                case "raise_fail_fast_error", "raise_database_error", "raise_dependency_error" ->
                        new PyFunction(name, a -> {
                            throw new DbtCompilationException(PyValues.str(a.get(0, "msg", "")));
                        });
                case "missing_config" -> new PyFunction(name, a -> {
                    throw new DbtCompilationException("Model '" + PyValues.str(a.get(0, "model", ""))
                            + "' does not define a required config parameter '"
                            + PyValues.str(a.get(1, "name", "")) + "'.");
                });
                case "column_type_missing" -> new PyFunction(name, a -> {
                    throw new DbtCompilationException("Contracted models require data_type to be defined for each"
                            + " column: " + PyValues.str(a.get(0, "column_names", "")));
                });
                default -> NO_ATTRIBUTE;
            };
        }
    }

    /** {@code adapter}: dispatch, quoting, and introspection answered from the metadata cache, never a warehouse. */
    static final class Adapter implements PyObject {
        static final Adapter INSTANCE = new Adapter();

        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "dispatch" -> new PyFunction(name, a -> {
                    if (a.has(2, "packages")) {
                        throw new DbtCompilationException("The \"packages\" argument of adapter.dispatch() has been "
                                + "deprecated. Use the \"macro_namespace\" argument instead.");
                    }
                    Object ns = a.get(1, "macro_namespace", null);
                    return Dispatcher.dispatch(state(), PyValues.str(a.require(0, "macro_name")),
                            ns == null ? null : PyValues.str(ns));
                });
                case "type" -> new PyFunction(name, a -> state().scope.dialect().type());
                case "quote" -> new PyFunction(name, a ->
                        state().scope.dialect().quote(PyValues.str(a.require(0, "identifier"))));
                case "quote_as_configured" -> new PyFunction(name, a -> {
                    String identifier = PyValues.str(a.require(0, "identifier"));
                    QuotePolicy policy = state().scope.dialect().defaultQuotePolicy();
                    boolean quote = switch (PyValues.str(a.require(1, "quote_key"))) {
                        case "database" -> policy.database();
                        case "schema" -> policy.schema();
                        default -> policy.identifier();
                    };
                    return quote ? state().scope.dialect().quote(identifier) : identifier;
                });
                case "quote_seed_column" -> new PyFunction(name, a -> {
                    Object config = a.get(1, "quote_config", null);
                    String column = PyValues.str(a.require(0, "column"));
                    boolean quote = config == null ? !state().scope.dialect().type().equals("snowflake")
                            : PyValues.truthy(config);
                    return quote ? state().scope.dialect().quote(column) : column;
                });
                case "get_relation" -> new PyFunction(name, a -> getRelation(
                        str(a.get(0, "database", null)), str(a.get(1, "schema", null)),
                        str(a.get(2, "identifier", null))));
                case "get_columns_in_relation" -> new PyFunction(name, a -> columns(a.require(0, "relation")));
                case "get_missing_columns" -> new PyFunction(name, a -> {
                    List<Object> from = columns(a.require(0, "from_relation"));
                    Set<String> present = new HashSet<>();
                    for (Object c : columns(a.require(1, "to_relation"))) {
                        present.add(((ColumnObject) c).name().toLowerCase(Locale.ROOT));
                    }
                    List<Object> missing = new ArrayList<>();
                    for (Object c : from) {
                        if (!present.contains(((ColumnObject) c).name().toLowerCase(Locale.ROOT))) {
                            missing.add(c);
                        }
                    }
                    return missing;
                });
                case "execute" -> new PyFunction(name, a -> execute(PyValues.str(a.require(0, "sql")),
                        PyValues.truthy(a.get(2, "fetch", false))));
                case "already_exists" -> new PyFunction(name, a -> getRelation(null,
                        str(a.get(0, "schema", null)), str(a.get(1, "name", null))) != null);
                case "check_schema_exists" -> new PyFunction(name, a -> true);
                case "commit", "begin", "rollback", "drop_relation", "truncate_relation", "rename_relation",
                     "create_schema", "drop_schema", "cache_added", "cache_dropped", "cache_renamed" ->
                        new PyFunction(name, a -> "");
                default -> NO_ATTRIBUTE;
            };
        }

        private static String str(Object value) {
            return value == null ? null : PyValues.str(value);
        }

        /** Exists when the metadata cache knows its columns; otherwise None (a guess, reported). */
        private static Object getRelation(String database, String schema, String identifier) {
            RenderState s = state();
            if (!s.env.execute()) {
                return null;
            }
            Relation candidate = Relation.create(s.scope.dialect(), database, schema, identifier,
                    RelationType.TABLE);
            if (s.env.columns(candidate).isPresent()) {
                return candidate;
            }
            s.env.guessed("adapter.get_relation(" + candidate.render() + ") answered None (not in metadata cache)");
            return null;
        }

        private static List<Object> columns(Object relation) {
            RenderState s = state();
            List<Object> out = new ArrayList<>();
            if (!s.env.execute() || !(relation instanceof Relation r)) {
                return out;
            }
            Optional<List<ColumnInfo>> columns = s.env.columns(r);
            if (columns.isEmpty()) {
                s.env.guessed("adapter.get_columns_in_relation(" + r.render() + ") answered [] (not in metadata cache)");
                return out;
            }
            for (ColumnInfo c : columns.get()) {
                out.add(new ColumnObject(c.name(), c.dataType(), s.scope.dialect()));
            }
            return out;
        }

        /** {@code [response, table]}; a fetch the cache cannot answer yields {@code [None, None]}. */
        private static List<Object> execute(String sql, boolean fetch) {
            RenderState s = state();
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("_message", "OK");
            response.put("code", "OK");
            response.put("rows_affected", -1);
            List<Object> result = new ArrayList<>();
            if (!fetch) {
                result.add(response);
                result.add(AgateTable.empty());
                return result;
            }
            Optional<QueryResult> answer = s.env.query(sql);
            if (answer.isEmpty()) {
                s.env.guessed("query answered None (not in metadata cache): " + sql.strip());
                result.add(null);
                result.add(null);
                return result;
            }
            result.add(response);
            result.add(new AgateTable(answer.get()));
            return result;
        }
    }

    /** {@code api.Relation} and {@code api.Column}. */
    static final class Api implements PyObject {
        static final Api INSTANCE = new Api();

        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "Relation" -> new RelationClass();
                case "Column" -> new ColumnClass();
                default -> NO_ATTRIBUTE;
            };
        }
    }

    /** {@code api.Relation.create(database=, schema=, identifier=, type=)}. */
    static final class RelationClass extends PyFunction implements PyObject {
        RelationClass() {
            super("Relation", RelationClass::create);
        }

        static Relation create(PyArgs a) {
            RenderState s = state();
            Relation r = Relation.create(s.scope.dialect(), Adapter.str(a.get(0, "database", null)),
                    Adapter.str(a.get(1, "schema", null)), Adapter.str(a.get(2, "identifier", null)),
                    Relation.typeOf(a.get(3, "type", null)));
            if (a.keywords().get("quote_policy") instanceof Map<?, ?> q) {
                QuotePolicy p = r.quotePolicy();
                r = r.withQuotePolicy(new QuotePolicy(flag(q, "database", p.database()),
                        flag(q, "schema", p.schema()), flag(q, "identifier", p.identifier())));
            }
            return r;
        }

        private static boolean flag(Map<?, ?> map, String key, boolean current) {
            return map.containsKey(key) ? PyValues.truthy(map.get(key)) : current;
        }

        @Override
        public Object getAttr(String name) {
            return name.equals("create") ? new PyFunction("create", RelationClass::create) : NO_ATTRIBUTE;
        }
    }

    /** {@code api.Column(name, dtype)} and {@code api.Column.create(name, dtype)}. */
    static final class ColumnClass extends PyFunction implements PyObject {
        ColumnClass() {
            super("Column", ColumnClass::create);
        }

        static ColumnObject create(PyArgs a) {
            return new ColumnObject(PyValues.str(a.require(0, "column")), Adapter.str(a.get(1, "dtype", null)),
                    state().scope.dialect());
        }

        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "create" -> new PyFunction("create", ColumnClass::create);
                case "translate_type" -> new PyFunction("translate_type",
                        a -> state().scope.dialect().translateType(PyValues.str(a.require(0, "dtype"))));
                default -> NO_ATTRIBUTE;
            };
        }
    }

    /** dbt's {@code Column}: {@code name}, {@code dtype}, {@code data_type}, {@code quoted}, type predicates. */
    record ColumnObject(String name, String dtype, AdapterDialect dialect) implements PyObject {
        @Override
        public Object getAttr(String attr) {
            String type = dtype == null ? "" : dtype.toLowerCase(Locale.ROOT);
            return switch (attr) {
                case "name", "column" -> name;
                case "dtype", "data_type" -> dtype;
                case "quoted" -> dialect.quote(name);
                case "is_string" -> new PyFunction(attr, a -> type.contains("char") || type.contains("text")
                        || type.contains("string"));
                case "is_number", "is_numeric" -> new PyFunction(attr, a -> type.matches(
                        ".*(int|numeric|decimal|float|double|real|number).*"));
                case "is_integer" -> new PyFunction(attr, a -> type.contains("int"));
                case "is_float" -> new PyFunction(attr, a -> type.matches(".*(float|double|real).*"));
                default -> NO_ATTRIBUTE;
            };
        }

        @Override
        public String toString() {
            return "<Column " + name + " (" + dtype + ")>";
        }
    }
}
