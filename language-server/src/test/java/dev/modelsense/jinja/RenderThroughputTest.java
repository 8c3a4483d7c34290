package dev.modelsense.jinja;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A realistic incremental model: measures renders per second (printed, not asserted) and thread safety. */
class RenderThroughputTest {

    private static final String MACROS = """
            {% macro cents_to_dollars(column_name, scale=2) -%}
                ({{ column_name }} / 100)::numeric(16, {{ scale }})
            {%- endmacro %}
            {% macro hash(field) -%}{{ return(adapter.dispatch('hash', 'my_project')(field)) }}{%- endmacro %}
            {% macro default__hash(field) -%}md5(cast({{ field }} as varchar)){%- endmacro %}
            {% macro surrogate_key(fields) -%}{{ hash(fields | join(" || '-' || ")) }}{%- endmacro %}
            """;

    private static final String MODEL = """
            {{ config(materialized='incremental', unique_key='order_id', tags=['finance', 'daily']) }}
            {%- set payment_methods = ['credit_card', 'coupon', 'bank_transfer', 'gift_card'] -%}
            {%- set lookback_days = var('lookback_days', 3) -%}
            with orders as (
                select * from {{ ref('stg_orders') }}
            ),
            payments as (
                select * from {{ ref('stg_payments') }}
            ),
            order_payments as (
                select
                    order_id,
                    {% for method in payment_methods -%}
                    sum(case when payment_method = '{{ method }}' then amount else 0 end) as {{ method }}_amount,
                    {% endfor -%}
                    sum(amount) as total_amount
                from payments
                group by order_id
            ),
            final as (
                select
                    {{ surrogate_key(['orders.order_id', 'orders.customer_id']) }} as order_sk,
                    orders.order_id,
                    orders.customer_id,
                    orders.order_date,
                    {% for method in payment_methods -%}
                    {{ cents_to_dollars('order_payments.' ~ method ~ '_amount') }} as {{ method }}_amount,
                    {% endfor -%}
                    {{ cents_to_dollars('order_payments.total_amount') }} as amount
                from orders
                left join order_payments on orders.order_id = order_payments.order_id
                where orders.region = '{{ var("region") | upper }}'
                {% if is_incremental() %}
                  and orders.order_date >= (select max(order_date) - interval '{{ lookback_days }} days' from {{ this }})
                {% endif %}
            )
            select * from final
            """;

    private final ProjectScope scope = Harness.scope(AdapterDialect.of("postgres"), Map.of("macros/m.sql", MACROS));

    private FakeEnvironment env() {
        FakeEnvironment env = FakeEnvironment.postgres().withRef("stg_orders", "staging").withRef("stg_payments", "staging");
        env.vars.put("region", "emea");
        return env;
    }

    @Test
    void measuresSingleThreadThroughput() {
        String expected = Harness.render(scope, env(), MODEL);
        for (int i = 0; i < 3000; i++) {
            Harness.render(scope, env(), MODEL);
        }
        int renders = 5000;
        long start = System.nanoTime();
        for (int i = 0; i < renders; i++) {
            Harness.render(scope, env(), MODEL);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("jinja render throughput: %.0f renders/s (%.0f us/render)%n", renders / seconds,
                seconds * 1e6 / renders);
        assertEquals(expected, Harness.render(scope, env(), MODEL));
    }

    @Test
    void sharedEngineAndRegistryGiveTheSameOutputOnManyThreads() throws Exception {
        String expected = Harness.render(scope, env(), MODEL);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> outputs = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                outputs.add(pool.submit(() -> Harness.render(scope, env(), MODEL)));
            }
            for (Future<String> output : outputs) {
                assertEquals(expected, output.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
