package dev.modelsense.jinja;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void rendersSimpleThings() {
        ProjectScope scope = Harness.scope(AdapterDialect.of("postgres"), Map.of("macros/m.sql",
                "{% macro cents_to_dollars(col, scale=2) %}({{ col }} / 100)::numeric(16, {{ scale }}){% endmacro %}"));
        FakeEnvironment env = FakeEnvironment.postgres().withRef("stg_orders", "staging");
        String out = Harness.render(scope, env, "select {{ cents_to_dollars('amount') }} from {{ ref('stg_orders') }} -- {{ true }} {{ [1, 'a'] }}");
        assertEquals("select (amount / 100)::numeric(16, 2) from \"warehouse\".\"staging\".\"stg_orders\" -- True [1, 'a']", out);
    }
}
