{{ config(unique_key='account_id') }}

{%- set revenue_streams = var('revenue_streams') %}

with lines as (

    select * from {{ ref('int_invoice_lines_enriched') }}

),

accounts as (

    select * from {{ ref('dim_accounts', v=1) }}

)

select
    lines.account_id,
    accounts.account_name,
    date_trunc('month', lines.issued_at) as revenue_month,
    {% for stream, code in revenue_streams.items() -%}
    sum(case when lines.revenue_stream = '{{ code }}' then lines.amount else 0 end) as {{ stream }}_revenue,
    {% endfor -%}
    sum(lines.amount) as total_revenue
from lines
inner join accounts on lines.account_id = accounts.account_id
group by 1, 2, 3
