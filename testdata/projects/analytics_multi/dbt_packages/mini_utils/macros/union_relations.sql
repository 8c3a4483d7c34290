{%- macro union_relations(relations, column_names, source_column_name='_dbt_source_relation') -%}
    {{ return(adapter.dispatch('union_relations', 'mini_utils')(relations, column_names, source_column_name)) }}
{%- endmacro -%}

{%- macro default__union_relations(relations, column_names, source_column_name) -%}
    {%- for relation in relations %}
select
    '{{ relation }}' as {{ source_column_name }},
    {{ mini_utils.star(column_names) }}
from {{ relation }}
        {%- if not loop.last %}

union all
{% endif -%}
    {%- endfor -%}
{%- endmacro -%}

{# Postgres needs the literal typed, or the union resolves it as unknown. #}
{%- macro postgres__union_relations(relations, column_names, source_column_name) -%}
    {%- for relation in relations %}
select
    cast('{{ relation }}' as {{ dbt.type_string() }}) as {{ source_column_name }},
    {{ mini_utils.star(column_names) }}
from {{ relation }}
        {%- if not loop.last %}

union all
{% endif -%}
    {%- endfor -%}
{%- endmacro -%}
