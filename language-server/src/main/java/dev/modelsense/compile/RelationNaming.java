package dev.modelsense.compile;

import dev.modelsense.jinja.MacroInfo;
import dev.modelsense.jinja.MacroRegistry;
import dev.modelsense.jinja.RenderResult;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a node lands: dbt calls {@code generate_database_name}, {@code generate_schema_name} and
 * {@code generate_alias_name} with the node's configured value and strips the result. When no project or package
 * overrides a macro, its built-in logic runs natively (same result, no render per node).
 */
final class RelationNaming {

    record Names(String database, String schema, String alias) {
    }

    private final RunContext run;
    private final Set<String> overriddenInPackages = new HashSet<>();

    RelationNaming(RunContext run) {
        this.run = run;
        MacroRegistry macros = run.scope.macros();
        for (MacroInfo macro : macros.all()) {
            if (!"dbt".equals(macro.packageName()) && isNamingMacro(macro.name())) {
                overriddenInPackages.add(macro.packageName() + "/" + component(macro.name()));
            }
        }
    }

    private static boolean isNamingMacro(String name) {
        return name.endsWith("generate_schema_name") || name.endsWith("generate_alias_name")
                || name.endsWith("generate_database_name");
    }

    private static String component(String macroName) {
        String base = macroName.substring(macroName.lastIndexOf("generate_"));
        return base.substring("generate_".length(), base.length() - "_name".length());
    }

    Names names(NodeSpec spec, Map<String, Object> config, Map<String, Object> model) throws NamingException {
        return new Names(
                resolve("database", spec, config, model),
                resolve("schema", spec, config, model),
                resolve("alias", spec, config, model));
    }

    private String resolve(String component, NodeSpec spec, Map<String, Object> config, Map<String, Object> model)
            throws NamingException {
        Object custom = config.get(component);
        String root = run.scope.rootPackage();
        boolean rootOverrides = overriddenInPackages.contains(root + "/" + component);
        boolean packageOverrides = overriddenInPackages.contains(spec.packageName() + "/" + component);
        if (!rootOverrides && !packageOverrides) {
            return builtin(component, custom, spec);
        }
        String macroPackage = rootOverrides ? root : spec.packageName();
        NodeSpec caller = new NodeSpec(spec.uniqueId(), spec.kind(), macroPackage, spec.name(), spec.version(),
                spec.file(), spec.rawCode(), spec.bodyLine(), spec.fqn(), spec.properties());
        NodeRenderEnvironment env = new NodeRenderEnvironment(run, caller, true, config, null, model);
        String template = "{{ generate_" + component + "_name(config.get('" + component + "'), model) }}";
        RenderResult result = run.engine.render(run.scope, env, spec.file().path().toString(), template);
        if (result instanceof RenderResult.Rendered ok) {
            return ok.text().strip();
        }
        RenderResult.Failed failed = (RenderResult.Failed) result;
        throw new NamingException(failed);
    }

    private String builtin(String component, Object custom, NodeSpec spec) {
        String customText = custom == null ? null : String.valueOf(custom).strip();
        return switch (component) {
            case "schema" -> customText == null ? targetValue("schema")
                    : targetValue("schema") + "_" + customText;
            case "database" -> customText == null ? targetValue("database") : customText;
            default -> {
                if (customText != null && !customText.isEmpty()) {
                    yield customText;
                }
                yield spec.version() == null ? spec.name()
                        : spec.name() + "_v" + String.valueOf(spec.version()).replace(".", "_");
            }
        };
    }

    private String targetValue(String key) {
        Object value = run.target.get(key);
        return value == null ? "None" : String.valueOf(value).strip();
    }

    static final class NamingException extends Exception {
        final transient RenderResult.Failed failure;

        NamingException(RenderResult.Failed failure) {
            super(failure.error().message());
            this.failure = failure;
        }
    }
}
