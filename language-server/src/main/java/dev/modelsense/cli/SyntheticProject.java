package dev.modelsense.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic dbt project shaped like real ones: sources, then staging, intermediate and mart layers
 * (40/30/30), a dispatched macro, a column macro looping over its argument, marts looping over a project var,
 * incremental marts with {@code is_incremental()}, and property YAML per layer.
 */
final class SyntheticProject {

    private static final String[] PAYMENT_METHODS = {"credit_card", "coupon", "bank_transfer", "gift_card"};

    private SyntheticProject() {
    }

    static void write(Path root, int models) throws IOException {
        write(root, models, false);
    }

    /**
     * With {@code conventions}, marts name their columns after a column-name contract ({@code ID_}, {@code AMT_},
     * {@code N_}, {@code DT_}) and the project gets a {@code modelsense.yml} declaring it.
     */
    static void write(Path root, int models, boolean conventions) throws IOException {
        int staging = Math.max(1, models * 4 / 10);
        int intermediate = Math.max(1, models * 3 / 10);
        int marts = Math.max(1, models - staging - intermediate);
        write(root.resolve("dbt_project.yml"), """
                name: synthetic
                profile: synthetic
                version: '1.0'
                vars:
                  payment_methods: [credit_card, coupon, bank_transfer, gift_card]
                  lookback_days: 3
                models:
                  synthetic:
                    staging:
                      +materialized: view
                      +schema: staging
                    intermediate:
                      +materialized: ephemeral
                    marts:
                      +materialized: table
                      +tags: [nightly]
                """);
        write(root.resolve("profiles.yml"), """
                synthetic:
                  target: dev
                  outputs:
                    dev:
                      type: duckdb
                      path: target/synthetic.duckdb
                      schema: main
                """);
        write(root.resolve("macros/cents_to_dollars.sql"), """
                {% macro cents_to_dollars(column_name, scale=2) -%}
                    {{ return(adapter.dispatch('cents_to_dollars')(column_name, scale)) }}
                {%- endmacro %}

                {% macro default__cents_to_dollars(column_name, scale) -%}
                    round({{ column_name }} / 100.0, {{ scale }})
                {%- endmacro %}

                {% macro duckdb__cents_to_dollars(column_name, scale) -%}
                    round(cast({{ column_name }} as decimal(18, 4)) / 100, {{ scale }})
                {%- endmacro %}
                """);
        write(root.resolve("macros/select_columns.sql"), """
                {% macro select_columns(columns, prefix='') -%}
                    {%- for column in columns %}
                    {{ prefix }}{{ column }}{{ ',' if not loop.last }}
                    {%- endfor %}
                {%- endmacro %}
                """);
        StringBuilder sources = new StringBuilder("version: 2\nsources:\n");
        int sourceTables = Math.max(1, staging);
        for (int s = 0; s < 5; s++) {
            sources.append("  - name: raw_").append(s).append("\n    schema: raw\n    tables:\n");
            for (int t = s; t < sourceTables; t += 5) {
                sources.append("      - name: table_").append(t).append("\n");
            }
        }
        write(root.resolve("models/staging/sources.yml"), sources.toString());
        StringBuilder stagingYaml = new StringBuilder("version: 2\nmodels:\n");
        for (int i = 0; i < staging; i++) {
            write(root.resolve("models/staging/stg_" + i + ".sql"), """
                    with source as (
                        select * from {{ source('raw_%d', 'table_%d') }}
                    ),
                    renamed as (
                        select
                            id as entity_id,
                            {{ select_columns(['created_at', 'updated_at', 'status', 'amount_cents']) }},
                            {{ cents_to_dollars('amount_cents') }} as amount
                        from source
                    )
                    select * from renamed
                    """.formatted(i % 5, i));
            stagingYaml.append("  - name: stg_").append(i).append("\n    description: Staging model ").append(i)
                    .append("\n    columns:\n      - name: entity_id\n        data_tests: [not_null]\n");
        }
        write(root.resolve("models/staging/schema.yml"), stagingYaml.toString());
        for (int i = 0; i < intermediate; i++) {
            int a = i % staging;
            int b = (i * 7 + 3) % staging;
            write(root.resolve("models/intermediate/int_" + i + ".sql"), """
                    {%% set lookback = var('lookback_days', 3) %%}
                    with left_side as (
                        select * from {{ ref('stg_%d') }}
                    ),
                    right_side as (
                        select * from {{ ref('stg_%d') }}
                    )
                    select
                        left_side.entity_id,
                        left_side.amount + coalesce(right_side.amount, 0) as total_amount,
                        left_side.created_at
                    from left_side
                    left join right_side on left_side.entity_id = right_side.entity_id
                    where left_side.created_at >= current_date - interval '{{ lookback }} days'
                    """.formatted(a, b));
        }
        for (int i = 0; i < marts; i++) {
            int a = i % intermediate;
            int b = (i * 3 + 1) % intermediate;
            boolean incremental = i % 4 == 0;
            String config = incremental
                    ? "{{ config(materialized='incremental', unique_key='" + (conventions ? "ID_ENTITY" : "entity_id")
                    + "') }}\n" : "";
            String martSql = """
                    with base as (
                        select * from {{ ref('int_%d') }}
                        union all
                        select * from {{ ref('int_%d') }}
                    )
                    select
                        entity_id,
                        {%% for method in var('payment_methods') -%%}
                        sum(case when status = '{{ method }}' then total_amount else 0 end) as {{ method }}_amount,
                        {%% endfor -%%}
                        sum(total_amount) as total_amount,
                        max(created_at) as last_created_at
                    from base
                    {%% if is_incremental() %%}
                    where created_at > (select max(last_created_at) from {{ this }})
                    {%% endif %%}
                    group by entity_id
                    """.formatted(a, b);
            if (conventions) {
                martSql = martSql.replace("entity_id,\n", "entity_id as ID_ENTITY,\n    count(*) as N_ROWS,\n")
                        .replace("as {{ method }}_amount", "as AMT_{{ method | upper }}")
                        .replace("as total_amount", "as AMT_TOTAL")
                        .replace("as last_created_at", "as DT_LAST_CREATED")
                        .replace("max(last_created_at)", "max(DT_LAST_CREATED)");
            }
            write(root.resolve("models/marts/mart_" + i + ".sql"), config + martSql);
        }
        if (conventions) {
            write(root.resolve("modelsense.yml"), """
                    columns:
                      separator: "_"
                      prefixes:
                        ID: {meaning: identifier, types: [integer, string], tests: [not_null]}
                        N: {meaning: count, types: [integer], tests: [not_null]}
                        AMT: {meaning: summable amount, types: [integer, decimal, float]}
                        DT: {meaning: date, types: [date]}
                    """);
        }
        assert PAYMENT_METHODS.length == 4;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
