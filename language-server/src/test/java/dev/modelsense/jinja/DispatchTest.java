package dev.modelsense.jinja;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dbt's adapter.dispatch search order: dispatch config, [root, namespace], adapter prefix, parents, default. */
class DispatchTest {

    private static final String PKG = """
            {% macro greet() %}{{ return(adapter.dispatch('greet', 'pkg')()) }}{% endmacro %}
            {% macro default__greet() %}pkg-default{% endmacro %}
            {% macro postgres__greet() %}pkg-postgres{% endmacro %}
            """;

    private static String greet(AdapterDialect dialect, Map<String, String> root, Map<String, List<String>> dispatch) {
        ProjectScope scope = Harness.scope(dialect, root, Map.of("pkg", PKG, "shim", "{% macro default__greet() %}shim{% endmacro %}"),
                dispatch);
        return Harness.render(scope, new FakeEnvironment(dialect), "{{ pkg.greet() }}");
    }

    @Test
    void packageDefaultWhenNothingOverrides() {
        assertEquals("pkg-default", greet(AdapterDialect.of("snowflake"), Map.of(), Map.of()));
    }

    @Test
    void adapterPrefixWinsOverDefault() {
        assertEquals("pkg-postgres", greet(AdapterDialect.of("postgres"), Map.of(), Map.of()));
    }

    @Test
    void parentAdapterIsTriedBeforeDefault() {
        assertEquals("pkg-postgres", greet(AdapterDialect.of("redshift"), Map.of(), Map.of()));
    }

    @Test
    void rootProjectOverridesThePackage() {
        assertEquals("root", greet(AdapterDialect.of("postgres"),
                Map.of("macros/o.sql", "{% macro default__greet() %}root{% endmacro %}"), Map.of()));
    }

    @Test
    void rootAdapterSpecificBeatsPackageAdapterSpecific() {
        assertEquals("root-pg", greet(AdapterDialect.of("postgres"),
                Map.of("macros/o.sql", "{% macro postgres__greet() %}root-pg{% endmacro %}"), Map.of()));
    }

    @Test
    void dispatchConfigSearchOrderIsUsed() {
        assertEquals("shim", greet(AdapterDialect.of("snowflake"), Map.of(), Map.of("pkg", List.of("shim", "pkg"))));
    }

    @Test
    void noNamespaceSearchesTheFlatNamespace() {
        ProjectScope scope = Harness.scope(AdapterDialect.of("duckdb"),
                Map.of("macros/o.sql", "{% macro default__x() %}flat{% endmacro %}"));
        assertEquals("flat", Harness.render(scope, new FakeEnvironment(AdapterDialect.of("duckdb")),
                "{{ adapter.dispatch('x')() }}"));
    }

    @Test
    void rootMacroOverridesInternalGenerateSchemaName() {
        ProjectScope scope = Harness.scope(AdapterDialect.of("postgres"), Map.of("macros/s.sql",
                "{% macro generate_schema_name(custom_schema_name, node) %}{{ custom_schema_name or 'x' }}{% endmacro %}"));
        assertEquals("marts", Harness.render(scope, FakeEnvironment.postgres(), "{{ generate_schema_name('marts', none) }}").strip());
    }

    @Test
    void internalNamingMacrosFollowDbt() {
        ProjectScope scope = Harness.scope(AdapterDialect.of("postgres"), Map.of());
        FakeEnvironment env = FakeEnvironment.postgres();
        String out = Harness.render(scope, env, "{{ generate_schema_name(' marts ') }}|{{ generate_schema_name(none) }}|"
                + "{{ generate_alias_name(none, {'name': 'dim', 'version': '2.1'}) }}|{{ generate_alias_name(' a ', {'name': 'dim'}) }}|"
                + "{{ generate_alias_name(none, {'name': 'dim'}) }}|{{ generate_database_name(none) }}|{{ generate_database_name('other') }}");
        assertEquals("analytics_marts|analytics|dim_v2_1|a|dim|warehouse|other", out);
    }
}
