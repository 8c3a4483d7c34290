{#
    Staging relations live in their own schema, so their stg_ prefix is dropped
    in the warehouse (stg_invoices -> invoices). Explicit aliases are lower-cased
    so the name is the same on case-sensitive and case-insensitive warehouses.
    Ephemeral models keep their name: dbt names their CTE after the alias.
#}
{% macro generate_alias_name(custom_alias_name=none, node=none) -%}
    {%- if custom_alias_name -%}
        {{ custom_alias_name | trim | lower }}
    {%- elif node.version -%}
        {{ node.name ~ '_v' ~ (node.version | replace('.', '_')) }}
    {%- elif node.resource_type == 'model' and node.name.startswith('stg_') -%}
        {{ node.name[4:] }}
    {%- else -%}
        {{ node.name }}
    {%- endif -%}
{%- endmacro %}
