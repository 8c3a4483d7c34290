package dev.modelsense.jinja;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaticCallsTest {

    @Test
    void readsLiteralRefsSourcesAndConfig() {
        StaticCalls.Result result = StaticCalls.extract("""
                {{ config(materialized='table', tags=['a', "b"], meta={'owner': 'x'}, enabled=True, limit=5,) }}
                select * from {{ ref('orders') }} join {{ ref('pkg', 'items', v=2) }}
                join {{- source('raw', 'events') -}}
                """).orElseThrow();
        assertEquals(List.of(new RefArgs(null, "orders", null), new RefArgs("pkg", "items", 2L)), result.refs());
        assertEquals(List.of(new StaticCalls.Source("raw", "events")), result.sources());
        assertEquals(Map.of("materialized", "table", "tags", List.of("a", "b"), "meta", Map.of("owner", "x"),
                "enabled", true, "limit", 5L), result.configs().get(0));
    }

    @Test
    void anythingElseNeedsARender() {
        for (String template : List.of("{% if x %}{% endif %}", "{# c #}", "{{ var('x') }}", "{{ ref(name) }}",
                "{{ ref('a') ~ 'b' }}", "{{ config(materialized=var('m')) }}", "{{ my_macro() }}",
                "{{ source('only_one') }}", "{{ ref('a\\'b') }}", "{{ ref('x') ")) {
            assertEquals(Optional.empty(), StaticCalls.extract(template), template);
        }
    }

    @Test
    void plainSqlHasNoCalls() {
        StaticCalls.Result result = StaticCalls.extract("select 1").orElseThrow();
        assertTrue(result.refs().isEmpty() && result.sources().isEmpty() && result.configs().isEmpty());
    }
}
