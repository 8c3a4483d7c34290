{% macro escape_single_quotes(expression) %}
      {{ return(adapter.dispatch('escape_single_quotes', 'dbt') (expression)) }}
{% endmacro %}

{# Standard SQL doubles the apostrophe: they're -> they''re #}
{% macro default__escape_single_quotes(expression) -%}
{{ expression | replace("'","''") }}
{%- endmacro %}

{# Spark and Databricks escape it with one backslash (written twice for Jinja): they're -> they\'re #}
{% macro spark__escape_single_quotes(expression) -%}
{{ expression | replace("'","\\'") }}  
{%- endmacro %}
