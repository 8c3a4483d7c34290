{# Keeps development builds small; production targets are named prod_*. #}
{% macro limit_in_dev(row_count=1000) -%}
    {%- if not target.name.startswith('prod') %}
limit {{ row_count }}
    {%- endif -%}
{%- endmacro %}
