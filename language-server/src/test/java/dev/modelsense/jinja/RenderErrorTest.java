package dev.modelsense.jinja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Errors stop the render and point at the right file, line and macro stack. */
class RenderErrorTest {

    private static final String MACROS = """
            {% macro outer(x) %}
              {{ inner(x) }}
            {% endmacro %}
            {% macro inner(x) %}
              {{ exceptions.raise_compiler_error('bad value: ' ~ x) }}
            {% endmacro %}
            {% macro calls_unknown() %}
              {{ also_undefined() }}
            {% endmacro %}
            {% macro forever(n) %}{{ forever(n + 1) }}{% endmacro %}
            {% macro spin() %}{% for i in range(1000) %}{% for j in range(1000) %}{% set x = j %}{% endfor %}{% endfor %}{% endmacro %}
            """;

    private final ProjectScope scope = Harness.scope(AdapterDialect.of("postgres"), Map.of("macros/m.sql", MACROS));

    @Test
    void compilerErrorStopsTheRenderAndPointsIntoTheMacro() {
        FakeEnvironment env = FakeEnvironment.postgres();
        JinjaProblem error = Harness.renderError(scope, env, "line one\n{% do log('before') %}\n{{ outer('x') }}\n{% do log('after') %}");
        assertEquals("compilation-error", error.code());
        assertEquals("bad value: x", error.message());
        assertEquals("macros/m.sql", error.file());
        assertEquals(4, error.line());
        assertEquals(List.of(new MacroFrame("inner", "macros/m.sql", 1), new MacroFrame("outer", "models/model.sql", 2)),
                error.stack());
        assertEquals(List.of("before"), env.logs);
    }

    @Test
    void unknownMacroIsUndefinedAtItsLine() {
        JinjaProblem error = Harness.renderError(scope, FakeEnvironment.postgres(), "select 1\nfrom {{ undefined_macro('x') }}");
        assertEquals("'undefined_macro' is undefined", error.message());
        assertEquals("models/model.sql", error.file());
        assertEquals(1, error.line());
    }

    @Test
    void unknownMacroInsideAMacroPointsAtTheMacroFile() {
        JinjaProblem error = Harness.renderError(scope, FakeEnvironment.postgres(), "\n\n{{ calls_unknown() }}");
        assertEquals("'also_undefined' is undefined", error.message());
        assertEquals("macros/m.sql", error.file());
        assertEquals(7, error.line());
        assertEquals(List.of(new MacroFrame("calls_unknown", "models/model.sql", 2)), error.stack());
    }

    @Test
    void syntaxErrorHasLineAndColumn() {
        JinjaProblem error = Harness.renderError(scope, FakeEnvironment.postgres(), "select\n\n{{ 1 + }}");
        assertEquals("jinja-syntax", error.code());
        assertEquals(2, error.line());
    }

    @Test
    void unknownFilterFails() {
        JinjaProblem error = Harness.renderError(scope, FakeEnvironment.postgres(),
                "select\n{% if false %}{{ 'a' | upper | no_such_filter }}{% endif %}");
        assertEquals("No filter named 'no_such_filter'.", error.message());
        assertEquals(1, error.line());
    }

    @Test
    void missingVarRaisesDbtsMessageWhenExecuting() {
        FakeEnvironment env = FakeEnvironment.postgres();
        JinjaProblem error = Harness.renderError(scope, env, "{{ var('not_defined_anywhere') }}");
        assertTrue(error.message().startsWith("Required var 'not_defined_anywhere' not found in config:\nVars supplied to fct_orders"),
                error.message());
    }

    @Test
    void missingVarIsNoneWhileParsing() {
        FakeEnvironment env = FakeEnvironment.postgres();
        env.execute = false;
        assertEquals("[]", Harness.render(scope, env, "[{{ var('not_defined_anywhere') }}]"));
    }

    @Test
    void missingEnvVarRaises() {
        JinjaProblem error = Harness.renderError(scope, FakeEnvironment.postgres(), "{{ env_var('NOPE') }}");
        assertEquals("Env var required but not provided: 'NOPE'", error.message());
    }

    @Test
    void unknownRefFromTheEnvironmentFails() {
        JinjaProblem error = Harness.renderError(scope, FakeEnvironment.postgres(), "select * from {{ ref('nope') }}");
        assertTrue(error.message().contains("'nope' which was not found"), error.message());
    }

    @Test
    void endlessRecursionHitsTheDepthBudget() {
        JinjaProblem error = Harness.renderError(scope, FakeEnvironment.postgres(), "{{ forever(1) }}");
        assertEquals("render-budget", error.code());
        assertTrue(error.message().contains("nested deeper than"), error.message());
    }

    @Test
    void longLoopsHitTheTimeBudget() {
        JinjaEngine engine = new JinjaEngine(new RenderLimits(50, Duration.ofMillis(200), 1_000_000));
        RenderResult result = engine.render(scope, FakeEnvironment.postgres(), "models/model.sql", "{{ spin() }}");
        JinjaProblem error = assertInstanceOf(RenderResult.Failed.class, result).error();
        assertEquals("render-budget", error.code());
    }

    @Test
    void hugeOutputHitsTheOutputBudget() {
        JinjaEngine engine = new JinjaEngine(new RenderLimits(50, Duration.ofSeconds(5), 1_000));
        RenderResult result = engine.render(scope, FakeEnvironment.postgres(), "models/model.sql",
                "{% for i in range(10000) %}xxxxxxxxxx{% endfor %}");
        assertEquals("render-budget", assertInstanceOf(RenderResult.Failed.class, result).error().code());
    }

    @Test
    void failedDispatchUsesDbtsWording() {
        JinjaProblem error = Harness.renderError(scope, FakeEnvironment.postgres(), "{{ adapter.dispatch('nothing', 'dbt')() }}");
        assertEquals("In dispatch: No macro named 'nothing' found within namespace: 'dbt'\n    Searched for: "
                + "'my_project.postgres__nothing', 'my_project.default__nothing', 'dbt.postgres__nothing', 'dbt.default__nothing'",
                error.message());
    }
}
