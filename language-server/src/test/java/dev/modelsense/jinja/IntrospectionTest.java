package dev.modelsense.jinja;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** run_query, statement, is_incremental and get_columns_in_relation answer from the metadata cache only. */
class IntrospectionTest {

    private final ProjectScope scope = Harness.scope(AdapterDialect.of("postgres"), Map.of());

    @Test
    void runQueryAnswersFromTheCache() {
        FakeEnvironment env = FakeEnvironment.postgres();
        env.queries.put("select distinct method from payments",
                new QueryResult(List.of("method"), List.of("text"), List.of(List.of("card"), List.of("coupon"))));
        String out = Harness.render(scope, env, "{% set r = run_query('select distinct method from payments') %}"
                + "{{ r.columns[0].values() | join(',') }}|{{ r.rows | length }}|{{ r.rows[1][0] }}"
                + "{% call statement('pm', fetch_result=True) %}select distinct method from payments{% endcall %}"
                + "|{{ load_result('pm').data[0][0] }}");
        assertEquals("card,coupon|2|coupon|card", out);
        assertEquals(List.of(), env.guesses);
    }

    @Test
    void runQueryWithoutAnAnswerIsNoneAndReportsTheGuess() {
        FakeEnvironment env = FakeEnvironment.postgres();
        String out = Harness.render(scope, env, "{% set r = run_query('select 1') %}{{ r is none }}|{{ load_result('x') is none }}");
        assertEquals("True|True", out);
        assertEquals(1, env.guesses.size());
    }

    @Test
    void runQueryWhileParsingIsNoneWithoutAGuess() {
        FakeEnvironment env = FakeEnvironment.postgres();
        env.execute = false;
        assertEquals("True", Harness.render(scope, env, "{{ run_query('select 1') is none }}"));
        assertEquals(List.of(), env.guesses);
    }

    @Test
    void isIncrementalNeedsAKnownTableAndIncrementalConfig() {
        FakeEnvironment env = FakeEnvironment.postgres();
        env.config.put("materialized", "incremental");
        assertEquals("False", Harness.render(scope, env, "{{ is_incremental() }}"));
        env.columns.put(env.thisRelation.render(), List.of(new ColumnInfo("id", "integer")));
        assertEquals("True", Harness.render(scope, env, "{{ is_incremental() }}"));
        env.config.put("full_refresh", true);
        assertEquals("False", Harness.render(scope, env, "{{ is_incremental() }}"));
        env.config.put("full_refresh", false);
        env.execute = false;
        assertEquals("False", Harness.render(scope, env, "{{ is_incremental() }}"));
    }

    @Test
    void columnsComeFromTheCache() {
        FakeEnvironment env = FakeEnvironment.postgres().withRef("stg", "staging");
        env.columns.put("\"warehouse\".\"staging\".\"stg\"", List.of(new ColumnInfo("id", "integer"), new ColumnInfo("name", "text")));
        String out = Harness.render(scope, env, "{% for c in adapter.get_columns_in_relation(ref('stg')) %}{{ c.name }}:{{ c.data_type }}:{{ c.quoted }} {% endfor %}");
        assertEquals("id:integer:\"id\" name:text:\"name\" ", out);
    }

    @Test
    void configIsCallableAndAnObject() {
        FakeEnvironment env = FakeEnvironment.postgres();
        env.config.put("meta", Map.of("owner", "ana"));
        String out = Harness.render(scope, env, "{{ config(materialized='table', tags=['a']) }}{{ config({'alias': 'x'}) }}"
                + "{{ config.get('materialized') }}|{{ config.require('alias') }}|{{ config.meta_get('owner') }}|{{ config.get('none', 'd') }}");
        assertEquals("table|x|ana|d", out);
        assertEquals(List.of(Map.of("materialized", "table", "tags", List.of("a")), Map.of("alias", "x")), env.configCalls);
        env.execute = false;
        assertEquals("[]", Harness.render(scope, env, "[{{ config.get('materialized') }}]"));
    }

    @Test
    void renderNativeTurnsPythonLiteralsIntoValues() {
        JinjaEngine engine = Harness.ENGINE;
        FakeEnvironment env = FakeEnvironment.postgres();
        assertEquals(3L, engine.renderNative(scope, env, "dbt_project.yml", "{{ 1 + 2 }}"));
        assertEquals(true, engine.renderNative(scope, env, "dbt_project.yml", "{{ true }}"));
        assertEquals(List.of("a", 1L), engine.renderNative(scope, env, "dbt_project.yml", "{{ ['a', 1] }}"));
        assertEquals("analytics", engine.renderNative(scope, env, "dbt_project.yml", "{{ target.schema }}"));
    }
}
