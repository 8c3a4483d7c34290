{# Shared across the company's dbt projects: cents (integer) to a fixed-scale amount. #}
{% macro money(cents_column, scale=2) -%}
    cast({{ cents_column }} / 100.0 as numeric(18, {{ scale }}))
{%- endmacro %}
