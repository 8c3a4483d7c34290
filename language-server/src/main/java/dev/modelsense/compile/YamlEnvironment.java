package dev.modelsense.compile;

import dev.modelsense.jinja.ColumnInfo;
import dev.modelsense.jinja.DbtCompilationException;
import dev.modelsense.jinja.NodeEnvironment;
import dev.modelsense.jinja.QueryResult;
import dev.modelsense.jinja.RefArgs;
import dev.modelsense.jinja.Relation;
import dev.modelsense.project.TargetProfile;
import dev.modelsense.project.ValueRenderer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The context of a YAML value: no node, no refs; vars and env vars; the target when the profile is loaded. */
final class YamlEnvironment implements NodeEnvironment {

    private final ValueRenderer.RenderScope scope;
    private final Map<String, Object> cliVars;
    private final Map<String, String> env;

    YamlEnvironment(ValueRenderer.RenderScope scope, Map<String, Object> cliVars, Map<String, String> env) {
        this.scope = scope;
        this.cliVars = cliVars;
        this.env = env;
    }

    @Override
    public String packageName() {
        return scope == null || scope.packageName() == null ? "" : scope.packageName();
    }

    @Override
    public boolean execute() {
        return false;
    }

    @Override
    public Relation ref(RefArgs ref) {
        throw new DbtCompilationException("ref() is not available in YAML values");
    }

    @Override
    public Relation source(String sourceName, String tableName) {
        throw new DbtCompilationException("source() is not available in YAML values");
    }

    @Override
    public void config(Map<String, Object> values) {
    }

    @Override
    public Object configGet(String key) {
        return null;
    }

    @Override
    public Optional<Object> var(String name) {
        return cliVars.containsKey(name) ? Optional.ofNullable(cliVars.get(name)) : Optional.empty();
    }

    @Override
    public Optional<String> envVar(String name) {
        return Optional.ofNullable(env.get(name));
    }

    @Override
    public Relation thisRelation() {
        return null;
    }

    @Override
    public Map<String, Object> target() {
        TargetProfile target = scope == null ? null : scope.target();
        return target == null ? Map.of() : TargetContext.of(target);
    }

    @Override
    public Map<String, Object> model() {
        return Map.of();
    }

    @Override
    public Map<String, Object> graph() {
        return Map.of();
    }

    @Override
    public Optional<List<ColumnInfo>> columns(Relation relation) {
        return Optional.empty();
    }

    @Override
    public Optional<QueryResult> query(String sql) {
        return Optional.empty();
    }

    @Override
    public void guessed(String what) {
    }

    @Override
    public void log(String message, boolean info) {
    }

    @Override
    public void warn(String message) {
    }
}
