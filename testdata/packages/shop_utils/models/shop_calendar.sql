{#- One row per day from the configured start date; fiscal quarters start in fiscal_year_start_month. -#}
{%- set start_date = var('calendar_start_date') -%}
{%- set fiscal_start = var('fiscal_year_start_month') | int %}

with days as (

    select cast('{{ start_date }}' as date) + cast(day_offset as integer) as date_day
    from range({{ var('calendar_days') }}) as offsets(day_offset)

)

select
    date_day,
    extract(year from date_day) as calendar_year,
    ((cast(extract(month from date_day) as integer) - {{ fiscal_start }} + 12) % 12) // 3 + 1 as fiscal_quarter
from days
