{% macro cents_to_dollars(column_name, scale=2) -%}
    {{ return(adapter.dispatch('cents_to_dollars', 'shop_utils')(column_name, scale)) }}
{%- endmacro %}

{% macro default__cents_to_dollars(column_name, scale) -%}
    round(cast({{ column_name }} as numeric) / 100, {{ scale }})
{%- endmacro %}

{% macro postgres__cents_to_dollars(column_name, scale) -%}
    round(({{ column_name }} / 100.0)::numeric, {{ scale }})
{%- endmacro %}

{% macro duckdb__cents_to_dollars(column_name, scale) -%}
    ({{ column_name }} / 100)::decimal(16, {{ scale }})
{%- endmacro %}
