package dev.modelsense.sql;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static dev.modelsense.sql.Analyzers.names;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Prints what one analysis of a typical model costs; a benchmark, so the time itself is reported, not asserted. */
class AnalysisTimingTest {

    static final String TYPICAL_MODEL = """
            -- customers: one row per customer with order and payment history
            -- grain: customer_id

            with customers as (
                select * from "analytics"."staging"."stg_customers"
            ),

            orders as (
                select * from "analytics"."staging"."stg_orders"
            ),

            payments as (
                select * from "analytics"."staging"."stg_payments"
            ),

            customer_orders as (
                select
                    customer_id,
                    min(order_date) as first_order,
                    max(order_date) as most_recent_order,
                    count(order_id) as number_of_orders
                from orders
                group by customer_id
            ),

            customer_payments as (
                select
                    orders.customer_id,
                    sum(case when payments.status = 'success' then payments.amount else 0 end) as total_amount,
                    sum(case when payments.payment_method = 'coupon' then payments.amount else 0 end) as coupon_amount
                from payments
                left join orders on payments.order_id = orders.order_id
                group by orders.customer_id
            ),

            final as (
                select
                    customers.customer_id,
                    customers.first_name,
                    customers.last_name,
                    customer_orders.first_order,
                    customer_orders.most_recent_order,
                    coalesce(customer_orders.number_of_orders, 0) as number_of_orders,
                    coalesce(customer_payments.total_amount, 0) as customer_lifetime_value,
                    coalesce(customer_payments.coupon_amount, 0)::decimal(18, 2) as coupon_value,
                    case
                        when customer_orders.number_of_orders > 10 then 'loyal'
                        when customer_orders.number_of_orders > 1 then 'returning'
                        else 'new'
                    end as segment,
                    row_number() over (order by customer_payments.total_amount desc nulls last) as value_rank
                from customers
                left join customer_orders on customers.customer_id = customer_orders.customer_id
                left join customer_payments on customers.customer_id = customer_payments.customer_id
                where customers.customer_id is not null
                  and customers.email ilike '%@%'
            )

            select * exclude (value_rank) from final
            """;

    @Test
    void printsTheTimeToAnalyseATypicalSixtyLineModel() {
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            SqlAnalyzer analyzer = new SqlAnalyzer(Duration.ofSeconds(10), threads);
            UpstreamColumns upstream = Analyzers.upstream(Map.of());
            SqlAnalysis analysis = null;
            for (int i = 0; i < 50; i++) {
                analysis = analyzer.analyze(TYPICAL_MODEL, SqlDialect.of("duckdb"), upstream);
            }
            int runs = 200;
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                analysis = analyzer.analyze(TYPICAL_MODEL, SqlDialect.of("duckdb"), upstream);
            }
            double millis = (System.nanoTime() - start) / 1e6 / runs;
            System.out.printf("SQL analysis of a %d-line model: %.2f ms per analysis (%d runs)%n",
                    TYPICAL_MODEL.lines().count(), millis, runs);

            assertEquals(List.of("customer_id", "first_name", "last_name", "first_order", "most_recent_order",
                    "number_of_orders", "customer_lifetime_value", "coupon_value", "segment"), names(analysis));
        } finally {
            threads.shutdownNow();
        }
    }
}
