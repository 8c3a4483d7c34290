{% macro star(columns, except=[], relation_alias=none, prefix='', suffix='', quote_identifiers=false) -%}
    {{ return(adapter.dispatch('star', 'mini_utils')(columns, except, relation_alias, prefix, suffix, quote_identifiers)) }}
{%- endmacro %}

{% macro default__star(columns, except, relation_alias, prefix, suffix, quote_identifiers) -%}
    {%- set excluded = except | map('lower') | list -%}
    {%- set included = [] -%}
    {%- for column in columns -%}
        {%- if column | lower not in excluded -%}
            {%- do included.append(column) -%}
        {%- endif -%}
    {%- endfor -%}
    {%- for column in included -%}
        {%- if relation_alias %}{{ relation_alias }}.{% endif -%}
        {%- if quote_identifiers -%}
            {{ adapter.quote(column) }}
        {%- else -%}
            {{ column }}
        {%- endif -%}
        {%- if prefix or suffix %} as {{ prefix ~ column ~ suffix }}{% endif -%}
        {%- if not loop.last %},
    {% endif -%}
    {%- endfor -%}
{%- endmacro %}
