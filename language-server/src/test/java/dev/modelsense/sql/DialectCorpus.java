package dev.modelsense.sql;

import java.util.List;

/** Realistic compiled dbt models, as dbt renders them per adapter: every one is valid SQL on its warehouse. */
final class DialectCorpus {

    record Query(String adapter, String name, String sql) {
        @Override
        public String toString() {
            return adapter + ": " + name;
        }
    }

    private DialectCorpus() {
    }

    static List<Query> valid() {
        return List.of(
                new Query("duckdb", "jaffle staging with renamed columns", """
                        with source as (
                            select * from "jaffle_shop"."main"."raw_customers"
                        ),

                        renamed as (
                            select
                                id as customer_id,
                                first_name,
                                last_name
                            from source
                        )

                        select * from renamed
                        """),
                new Query("duckdb", "jaffle customers CTE chain with aggregates", """
                        with customers as (
                            select * from "jaffle_shop"."main"."stg_customers"
                        ),
                        orders as (
                            select * from "jaffle_shop"."main"."stg_orders"
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
                        final as (
                            select
                                customers.customer_id,
                                customers.first_name,
                                customer_orders.first_order,
                                coalesce(customer_orders.number_of_orders, 0) as number_of_orders
                            from customers
                            left join customer_orders
                                on customers.customer_id = customer_orders.customer_id
                        )
                        select * from final
                        """),
                new Query("duckdb", "payments pivot by a Jinja loop", """
                        with payments as (
                            select * from "jaffle_shop"."main"."stg_payments"
                        ),
                        order_payments as (
                            select
                                order_id,
                                sum(case when payment_method = 'credit_card' then amount else 0 end) as credit_card_amount,
                                sum(case when payment_method = 'coupon' then amount else 0 end) as coupon_amount,
                                sum(case when payment_method = 'bank_transfer' then amount else 0 end) as bank_transfer_amount,
                                sum(amount) as total_amount
                            from payments
                            group by order_id
                        )
                        select * from order_payments
                        """),
                new Query("duckdb", "casts, qualify and exclude", """
                        select * exclude (_loaded_at)
                        from "dev"."main"."events"
                        qualify row_number() over (partition by event_id order by _loaded_at desc) = 1
                        """),
                new Query("duckdb", "interval arithmetic and date_trunc", """
                        select
                            date_trunc('month', ordered_at)::date as order_month,
                            ordered_at + interval '3 days' as promised_at,
                            amount::decimal(18, 2) as amount
                        from "dev"."main"."orders"
                        where ordered_at >= current_date - interval '90 days'
                        """),
                new Query("duckdb", "list lambda and unnest", """
                        select
                            id,
                            list_transform(tags, x -> lower(x)) as tags,
                            unnest(items) as item
                        from "dev"."main"."products"
                        """),
                new Query("duckdb", "json arrow operators", """
                        select
                            payload->>'$.customer.id' as customer_id,
                            payload->'$.items' as items,
                            json_extract_string(payload, '$.status') as status
                        from "dev"."main"."raw_events"
                        """),
                new Query("postgres", "double-colon casts and ilike", """
                        select
                            id::int as id,
                            created_at::timestamp at time zone 'UTC' as created_at_utc,
                            email::varchar(255) as email
                        from "analytics"."public"."users"
                        where email ilike '%@example.com'
                          and not deleted
                        """),
                new Query("postgres", "jsonb operators and distinct on", """
                        select distinct on (account_id)
                            account_id,
                            properties ->> 'plan' as plan,
                            (properties -> 'limits' ->> 'seats')::int as seats,
                            properties #>> '{billing,country}' as country
                        from "analytics"."public"."account_events"
                        order by account_id, occurred_at desc
                        """),
                new Query("postgres", "window frames and filter", """
                        select
                            day,
                            revenue,
                            sum(revenue) over (order by day rows between 6 preceding and current row) as revenue_7d,
                            count(*) filter (where revenue > 0) over (partition by date_trunc('month', day)) as paying_days,
                            lag(revenue, 1) over w as previous_revenue
                        from "analytics"."public"."daily_revenue"
                        window w as (order by day)
                        """),
                new Query("postgres", "generate_series and lateral join", """
                        select s.id, d.day::date as day
                        from "analytics"."public"."subscriptions" s
                        cross join lateral generate_series(s.started_at, coalesce(s.ended_at, now()), interval '1 day') as d(day)
                        """),
                new Query("postgres", "union all of staging tables", """
                        select id, 'web' as channel, created_at from "analytics"."staging"."web_orders"
                        union all
                        select id, 'store' as channel, created_at from "analytics"."staging"."store_orders"
                        union all
                        select id, 'app' as channel, created_at from "analytics"."staging"."app_orders"
                        """),
                new Query("postgres", "incremental filter with subquery", """
                        select *
                        from "analytics"."staging"."events"
                        where occurred_at > (select coalesce(max(occurred_at), '1900-01-01'::timestamp) from "analytics"."marts"."fct_events")
                        """),
                new Query("postgres", "string aggregation and regex", """
                        select
                            user_id,
                            string_agg(distinct tag, ', ' order by tag) as tags,
                            array_agg(event_id order by occurred_at) as event_ids,
                            regexp_replace(name, '\\s+', ' ', 'g') as clean_name
                        from "analytics"."public"."tags"
                        where name ~* '^[a-z]'
                        group by user_id, name
                        """),
                new Query("snowflake", "lateral flatten over a variant", """
                        select
                            o.order_id,
                            f.value:sku::string as sku,
                            f.value:quantity::number(38, 0) as quantity,
                            f.index as line_number
                        from ANALYTICS.STAGING.ORDERS o,
                            lateral flatten(input => o.line_items) f
                        """),
                new Query("snowflake", "qualify with iff and nvl", """
                        select
                            customer_id,
                            iff(status = 'active', true, false) as is_active,
                            nvl(region, 'unknown') as region,
                            try_to_number(score) as score
                        from ANALYTICS.STAGING.CUSTOMERS
                        qualify row_number() over (partition by customer_id order by updated_at desc) = 1
                        """),
                new Query("snowflake", "select star exclude with parentheses", """
                        with base as (
                            select * exclude (_fivetran_synced, _fivetran_deleted)
                            from RAW.SALESFORCE.ACCOUNT
                        )
                        select * from base
                        """),
                new Query("snowflake", "variant paths and parse_json", """
                        select
                            raw:id::varchar as id,
                            raw:customer.email::varchar as email,
                            parse_json(raw:metadata):source::string as source,
                            raw:items[0]:price::float as first_price
                        from RAW.EVENTS.WEBHOOKS
                        """),
                new Query("snowflake", "dateadd and listagg within group", """
                        select
                            account_id,
                            dateadd(day, -7, current_date()) as week_ago,
                            datediff('day', created_at, current_timestamp()) as age_days,
                            listagg(distinct product, ', ') within group (order by product) as products
                        from ANALYTICS.MARTS.ACCOUNTS
                        group by account_id, created_at
                        """),
                new Query("snowflake", "quoted mixed-case identifiers", """
                        select
                            "Id" as id,
                            "Account Name" as account_name,
                            "CreatedDate"::timestamp_ntz as created_at
                        from "RAW"."SALESFORCE"."Opportunity"
                        """),
                new Query("snowflake", "merge-style incremental with is_incremental branch rendered", """
                        select *
                        from ANALYTICS.STAGING.STG_EVENTS
                        where event_time > (select max(event_time) from ANALYTICS.MARTS.FCT_EVENTS)
                          and event_name ilike any ('page%', 'click%')
                        """),
                new Query("bigquery", "backtick relations and safe_cast", """
                        with source as (
                            select * from `my-project`.`raw_data`.`orders`
                        )
                        select
                            order_id,
                            safe_cast(amount as numeric) as amount,
                            date(created_at) as order_date
                        from source
                        """),
                new Query("bigquery", "unnest of an array column", """
                        select
                            e.event_id,
                            param.key as param_key,
                            param.value.string_value as param_value
                        from `my-project`.`analytics_123`.`events_20240101` as e,
                            unnest(e.event_params) as param
                        """),
                new Query("bigquery", "select star except and replace", """
                        select * except (internal_notes, _sdc_batched_at) replace (lower(email) as email)
                        from `my-project`.`staging`.`stg_users`
                        """),
                new Query("bigquery", "qualify and interval functions", """
                        select
                            user_id,
                            session_id,
                            timestamp_sub(session_start, interval 30 minute) as lookback_start,
                            date_diff(current_date(), date(session_start), day) as days_ago
                        from `my-project`.`sessions`.`sessions`
                        where true
                        qualify row_number() over (partition by user_id order by session_start desc) = 1
                        """),
                new Query("bigquery", "structs and arrays", """
                        select
                            order_id,
                            struct(customer_id as id, customer_name as name) as customer,
                            array_agg(struct(sku, quantity) order by sku) as items,
                            array_length(coupons) as coupon_count
                        from `my-project`.`staging`.`order_lines`
                        group by order_id, customer_id, customer_name, coupons
                        """),
                new Query("bigquery", "date_trunc with a date part and countif", """
                        select
                            date_trunc(created_at, month) as month,
                            countif(status = 'refunded') as refunds,
                            format_date('%Y-%m', created_at) as month_label
                        from `my-project`.`marts`.`orders`
                        group by 1, 3
                        """),
                new Query("databricks", "backtick identifiers and lateral view", """
                        select
                            `order_id`,
                            item.sku as sku
                        from `hive_metastore`.`staging`.`orders`
                        lateral view explode(items) exploded as item
                        """),
                new Query("databricks", "qualify and except", """
                        select * except (_rescued_data)
                        from `main`.`bronze`.`customers`
                        qualify row_number() over (partition by customer_id order by _ingested_at desc) = 1
                        """),
                new Query("databricks", "higher-order functions and casts", """
                        select
                            id,
                            transform(scores, s -> s * 100) as pct_scores,
                            cast(amount as decimal(18, 2)) as amount,
                            date_add(order_date, 7) as due_date,
                            collect_list(tag) over (partition by id) as tags
                        from `main`.`silver`.`orders`
                        """),
                new Query("redshift", "getdate, nvl and listagg", """
                        select
                            user_id,
                            nvl(country, 'n/a') as country,
                            datediff(day, signup_date, getdate()) as tenure_days,
                            listagg(channel, ',') within group (order by first_seen) as channels
                        from "dev"."analytics"."user_channels"
                        group by user_id, country, signup_date
                        """),
                new Query("redshift", "json_extract_path_text and casts", """
                        select
                            id,
                            json_extract_path_text(payload, 'customer', 'id')::bigint as customer_id,
                            split_part(email, '@', 2) as email_domain,
                            decode(status, 'a', 'active', 'i', 'inactive', 'other') as status_label
                        from "dev"."raw"."events"
                        """),
                new Query("postgres", "dbt snapshot-like scd with coalesce and md5", """
                        select
                            *,
                            md5(coalesce(cast(id as varchar), '') || '|' || coalesce(cast(updated_at as varchar), '')) as dbt_scd_id,
                            updated_at as dbt_updated_at,
                            updated_at as dbt_valid_from,
                            nullif(updated_at, updated_at) as dbt_valid_to
                        from "analytics"."snapshots"."orders_snapshot"
                        """),
                new Query("postgres", "dbt_utils.date_spine rendered", """
                        with rawdata as (
                            with p as (
                                select 0 as generated_number union all select 1
                            ), unioned as (
                                select
                                p0.generated_number * power(2, 0)
                                 + p1.generated_number * power(2, 1)
                                 + 1
                                 as generated_number
                                from p as p0
                                 cross join p as p1
                            )
                            select *
                            from unioned
                            where generated_number <= 3
                            order by generated_number
                        ),
                        all_periods as (
                            select (
                                cast('2020-01-01' as date) + ((interval '1 day') * (row_number() over (order by 1) - 1))
                            ) as date_day
                            from rawdata
                        ),
                        filtered as (
                            select *
                            from all_periods
                            where date_day <= cast('2020-01-04' as date)
                        )
                        select * from filtered
                        """),
                new Query("postgres", "comments, trailing semicolon and case", """
                        -- staging model for payments
                        /* amounts are stored in cents */
                        select
                            id as payment_id,
                            orderid as order_id,
                            paymentmethod as payment_method,
                            case
                                when status = 'success' then amount / 100.0
                                when status = 'fail' then 0
                                else null
                            end as amount
                        from "analytics"."raw"."payments";
                        """),
                new Query("duckdb", "group by all, order by all and limit", """
                        select
                            customer_id,
                            count(*) as orders,
                            sum(amount) as revenue
                        from "dev"."main"."orders"
                        group by all
                        order by revenue desc nulls last
                        limit 100
                        """),
                new Query("snowflake", "multi-join with using and left joins", """
                        select
                            orders.order_id,
                            customers.customer_name,
                            coalesce(payments.amount, 0) as amount
                        from ANALYTICS.STAGING.ORDERS as orders
                        join ANALYTICS.STAGING.CUSTOMERS as customers using (customer_id)
                        left join ANALYTICS.STAGING.PAYMENTS as payments on payments.order_id = orders.order_id
                        where orders.status not in ('cancelled', 'test')
                          and orders.order_date between '2020-01-01' and '2024-12-31'
                        """),
                new Query("postgres", "exists, in-subquery and is distinct from", """
                        select c.*
                        from "analytics"."staging"."customers" c
                        where exists (select 1 from "analytics"."staging"."orders" o where o.customer_id = c.id)
                          and c.region in (select region from "analytics"."ref"."active_regions")
                          and c.tier is distinct from 'internal'
                        """),
                new Query("bigquery", "string functions with regexp and safe divide", """
                        select
                            regexp_extract(page_url, r'utm_source=([^&]+)') as utm_source,
                            safe_divide(conversions, sessions) as conversion_rate,
                            `my-project`.udfs.clean_url(page_url) as clean_url
                        from `my-project`.`marts`.`traffic`
                        """),
                new Query("snowflake", "percentile_cont and median", """
                        select
                            region,
                            percentile_cont(0.9) within group (order by latency_ms) as p90_latency,
                            median(latency_ms) as median_latency,
                            approx_count_distinct(user_id) as users
                        from ANALYTICS.MARTS.REQUESTS
                        group by region
                        """),
                new Query("duckdb", "range joins and extract", """
                        select
                            s.id,
                            extract(year from s.started_at) as start_year,
                            p.price
                        from "dev"."main"."subscriptions" s
                        left join "dev"."main"."prices" p
                            on s.plan_id = p.plan_id
                           and s.started_at >= p.valid_from
                           and (s.started_at < p.valid_to or p.valid_to is null)
                        """),
                new Query("postgres", "grouping sets and rollup", """
                        select region, product, sum(amount) as amount
                        from "analytics"."marts"."sales"
                        group by rollup (region, product)
                        """));
    }
}
