package dev.modelsense.compile;

import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.jinja.MacroRegistry;
import dev.modelsense.jinja.ProjectScope;
import dev.modelsense.project.ValueRenderer;

import java.util.List;
import java.util.Map;

/**
 * Renders Jinja inside YAML values (dbt_project.yml, profiles.yml, property files) with the small context dbt gives
 * them: {@code env_var}, {@code var} (command-line vars, then the project's own), and {@code target} once known.
 */
final class YamlValueRendering implements ValueRenderer {

    private final JinjaEngine engine;
    private final ProjectScope scope;
    private final Map<String, Object> cliVars;
    private final Map<String, String> env;

    YamlValueRendering(JinjaEngine engine, String rootPackage, Map<String, Object> cliVars, Map<String, String> env) {
        this.engine = engine;
        this.scope = ScopeFactory.minimal(rootPackage);
        this.cliVars = cliVars;
        this.env = env;
    }

    @Override
    public Object render(String template, List<String> keyPath, RenderScope renderScope) {
        YamlEnvironment environment = new YamlEnvironment(renderScope, cliVars, env);
        return engine.renderNative(scope, environment, String.join(".", keyPath), template);
    }

    /** Builds the macro-less scope YAML values render in. */
    static final class ScopeFactory {
        private ScopeFactory() {
        }

        static ProjectScope minimal(String rootPackage) {
            MacroRegistry macros = MacroRegistry.builder(rootPackage, List.of()).build();
            return new ProjectScope(rootPackage, dev.modelsense.jinja.AdapterDialect.of("default"), Map.of(), macros,
                    "", java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC), Map.of());
        }
    }
}
