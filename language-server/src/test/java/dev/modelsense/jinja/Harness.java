package dev.modelsense.jinja;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Builds a project scope from macro sources and renders templates against a {@link FakeEnvironment}. */
final class Harness {

    static final JinjaEngine ENGINE = new JinjaEngine(RenderLimits.defaults());

    private Harness() {
    }

    static ProjectScope scope(AdapterDialect dialect, Map<String, String> rootMacros) {
        return scope(dialect, rootMacros, Map.of(), Map.of());
    }

    /** {@code packageMacros}: package name to macro file text. */
    static ProjectScope scope(AdapterDialect dialect, Map<String, String> rootMacros, Map<String, String> packageMacros,
                              Map<String, List<String>> dispatch) {
        MacroRegistry.Builder builder = MacroRegistry.builder("my_project", List.copyOf(packageMacros.keySet()));
        rootMacros.forEach((path, text) -> check(builder.addFile("my_project", path, text)));
        packageMacros.forEach((pkg, text) -> check(builder.addFile(pkg, "dbt_packages/" + pkg + "/macros.sql", text)));
        return new ProjectScope("my_project", dialect, dispatch, builder.build(), "inv-1",
                ZonedDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneOffset.UTC), Map.of("FULL_REFRESH", false));
    }

    private static void check(List<JinjaProblem> problems) {
        if (!problems.isEmpty()) {
            fail("macro file problems: " + problems);
        }
    }

    static String render(ProjectScope scope, FakeEnvironment env, String template) {
        RenderResult result = ENGINE.render(scope, env, "models/model.sql", template);
        if (result instanceof RenderResult.Failed failed) {
            fail("render failed: " + failed.error());
        }
        return ((RenderResult.Rendered) result).text();
    }

    static JinjaProblem renderError(ProjectScope scope, FakeEnvironment env, String template) {
        RenderResult result = ENGINE.render(scope, env, "models/model.sql", template);
        if (result instanceof RenderResult.Rendered rendered) {
            fail("expected a failure, got: " + rendered.text());
        }
        return ((RenderResult.Failed) result).error();
    }
}
