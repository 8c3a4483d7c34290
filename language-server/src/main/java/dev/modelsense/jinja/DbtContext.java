package dev.modelsense.jinja;

import com.hubspot.jinjava.interpret.Context;
import java.util.HashMap;
import java.util.Map;

/** Builds the variables one render sees: dbt's context ({@code base.py} + {@code providers.py}) for one node. */
final class DbtContext {

    static final String DBT_VERSION = "1.10.0";

    private DbtContext() {
    }

    static Map<String, Object> bindings(RenderState state, String templatePath) {
        ProjectScope scope = state.scope;
        NodeEnvironment env = state.env;
        Map<String, Object> b = new HashMap<>(64);
        // a fresh, writable macro map: a template that defines a macro writes into it
        b.put(Context.GLOBAL_MACROS_SCOPE_KEY, new HashMap<>(scope.macros().flatNamespace(env.packageName())));
        b.put(BlockTags.FILE_KEY, templatePath);
        for (Map.Entry<String, Map<String, com.hubspot.jinjava.lib.fn.MacroFunction>> pkg
                : scope.macros().allFunctions().entrySet()) {
            b.put(pkg.getKey(), pkg.getValue());
        }
        // dbt fails on `dbt_utils.x()` when the package is not installed; Jinjava would print '' silently
        scope.missingPackages().forEach((name, identity) -> b.putIfAbsent(name, new MissingPackage(name, identity)));
        b.put("builtins", Builtins.functions());
        b.put("execute", env.execute());
        b.put("this", env.thisRelation());
        b.put("target", env.target());
        b.put("model", env.model());
        b.put("graph", env.graph());
        b.put("flags", scope.flags());
        b.put("config", ContextObjects.Config.INSTANCE);
        b.put("adapter", ContextObjects.Adapter.INSTANCE);
        b.put("exceptions", ContextObjects.Exceptions.INSTANCE);
        b.put("api", ContextObjects.Api.INSTANCE);
        b.put("modules", Modules.all());
        b.put("run_started_at", scope.runStartedAt() == null ? null
                : new Modules.PyDate(scope.runStartedAt(), false));
        b.put("invocation_id", scope.invocationId());
        b.put("thread_id", "Thread-1");
        b.put("project_name", scope.rootPackage());
        b.put("dbt_version", DBT_VERSION);
        Map<String, Object> target = env.target();
        if (target != null) {
            b.put("database", target.get("database"));
            b.put("schema", target.get("schema"));
        }
        return b;
    }
}
