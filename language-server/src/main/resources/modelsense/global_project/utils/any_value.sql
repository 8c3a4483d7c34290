{# any_value(expression): one value of the group. Output text follows dbt-adapters and each adapter plugin. #}

{% macro any_value(expression) -%}
    {{ return(adapter.dispatch('any_value', 'dbt') (expression)) }}
{% endmacro %}

{% macro default__any_value(expression) -%}

    any_value({{ expression }})

{%- endmacro %}

{#- Postgres has no any_value; min() picks a value of the group. -#}
{% macro postgres__any_value(expression) -%}

    min({{ expression }})

{%- endmacro %}

{#- Redshift keeps the Postgres behaviour it had before dbt-redshift stopped inheriting it. -#}
{% macro redshift__any_value(expression) -%}

    min({{ expression }})

{%- endmacro %}

{% macro duckdb__any_value(expression) -%}

    arbitrary({{ expression }})

{%- endmacro %}
