package dev.modelsense.jinja;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link NodeEnvironment} backed by maps, recording what the template asked for. */
final class FakeEnvironment implements NodeEnvironment {

    final AdapterDialect dialect;
    String packageName = "my_project";
    boolean execute = true;
    final Map<String, Relation> refs = new HashMap<>();
    final Map<String, Relation> sources = new HashMap<>();
    final Map<String, Object> vars = new HashMap<>();
    final Map<String, String> envVars = new HashMap<>();
    final Map<String, Object> config = new LinkedHashMap<>();
    final Map<String, List<ColumnInfo>> columns = new HashMap<>();
    final Map<String, QueryResult> queries = new HashMap<>();
    final Map<String, Object> target = new LinkedHashMap<>();
    final Map<String, Object> model = new LinkedHashMap<>();
    final Map<String, Object> graph = new LinkedHashMap<>();
    Relation thisRelation;

    final List<RefArgs> refCalls = new ArrayList<>();
    final List<Map<String, Object>> configCalls = new ArrayList<>();
    final List<String> guesses = new ArrayList<>();
    final List<String> logs = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    FakeEnvironment(AdapterDialect dialect) {
        this.dialect = dialect;
        target.put("name", "dev");
        target.put("schema", "analytics");
        target.put("database", "warehouse");
        target.put("type", dialect.type());
        target.put("threads", 4L);
        model.put("name", "fct_orders");
        model.put("unique_id", "model.my_project.fct_orders");
        model.put("config", config);
        thisRelation = Relation.create(dialect, "warehouse", "analytics", "fct_orders", RelationType.TABLE);
    }

    static FakeEnvironment postgres() {
        return new FakeEnvironment(AdapterDialect.of("postgres"));
    }

    FakeEnvironment withRef(String name, String schema) {
        refs.put(name, Relation.create(dialect, "warehouse", schema, name, RelationType.TABLE));
        return this;
    }

    @Override
    public String packageName() {
        return packageName;
    }

    @Override
    public boolean execute() {
        return execute;
    }

    @Override
    public Relation ref(RefArgs ref) {
        refCalls.add(ref);
        String key = (ref.packageName() == null ? "" : ref.packageName() + ".") + ref.name()
                + (ref.version() == null ? "" : ".v" + ref.version());
        Relation r = refs.get(key);
        if (r == null) {
            throw new DbtCompilationException("Model '" + model.get("unique_id") + "' depends on a node named '"
                    + ref.name() + "' which was not found");
        }
        return r;
    }

    @Override
    public Relation source(String sourceName, String tableName) {
        Relation r = sources.get(sourceName + "." + tableName);
        if (r == null) {
            throw new DbtCompilationException("source not found: " + sourceName + "." + tableName);
        }
        return r;
    }

    @Override
    public void config(Map<String, Object> values) {
        configCalls.add(values);
        config.putAll(values);
    }

    @Override
    public Object configGet(String key) {
        return config.get(key);
    }

    @Override
    public Optional<Object> var(String name) {
        return vars.containsKey(name) ? Optional.ofNullable(vars.get(name)) : Optional.empty();
    }

    @Override
    public Optional<String> envVar(String name) {
        return Optional.ofNullable(envVars.get(name));
    }

    @Override
    public Relation thisRelation() {
        return thisRelation;
    }

    @Override
    public Map<String, Object> target() {
        return target;
    }

    @Override
    public Map<String, Object> model() {
        return model;
    }

    @Override
    public Map<String, Object> graph() {
        return graph;
    }

    @Override
    public Optional<List<ColumnInfo>> columns(Relation relation) {
        return Optional.ofNullable(columns.get(relation.render()));
    }

    @Override
    public Optional<QueryResult> query(String sql) {
        return Optional.ofNullable(queries.get(sql.strip()));
    }

    @Override
    public void guessed(String what) {
        guesses.add(what);
    }

    @Override
    public void log(String message, boolean info) {
        logs.add(message);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }
}
