{% macro safe_cast(field, type) %}
  {{ return(adapter.dispatch('safe_cast', 'dbt') (field, type)) }}
{% endmacro %}

{% macro default__safe_cast(field, type) %}
    {# few databases have a safe cast, so the default is a plain cast #}
    cast({{field}} as {{type}})
{% endmacro %}

{% macro snowflake__safe_cast(field, type) %}
    {% if type|upper == "GEOMETRY" -%}
        try_to_geometry({{field}})
    {% elif type|upper == "GEOGRAPHY" -%}
        try_to_geography({{field}})
    {% elif type|upper != "VARIANT" -%}
        {#-- try_cast cannot produce a variant and wants its argument as a string --#}
        {% set field_as_string = dbt.string_literal(field) if field is number else field %}
        try_cast({{field_as_string}} as {{type}})
    {% else -%}
        {{ adapter.dispatch('cast', 'dbt')(field, type) }}
    {% endif -%}
{% endmacro %}

{% macro bigquery__safe_cast(field, type) %}
{%- if type.lower().startswith('array') and field is iterable and (field is not string and field is not mapping) and field | length > 0 -%}
    (select array_agg(safe_cast(i as {{type.lower()[6:-1]}})) from unnest({{field}}) i)
{%- elif type.lower() == 'json' and field is mapping -%}
    safe_cast(json {{ dbt.string_literal(tojson(field)) }} as json)
{%- elif type.lower().startswith('struct') and field is string -%}
    safe_cast({{field.strip('"').strip("'")}} as {{type}})
{%- else -%}
    safe_cast({{field}} as {{type}})
{%- endif -%}
{% endmacro %}

{% macro spark__safe_cast(field, type) %}
{%- set field_clean = field.strip('"').strip("'") if (cast_from_string_unsupported_for(type) and field is string) else field -%}
cast({{field_clean}} as {{type}})
{% endmacro %}

{% macro cast_from_string_unsupported_for(type) %}
    {{ return(type.lower().startswith('struct') or type.lower().startswith('array') or type.lower().startswith('map')) }}
{% endmacro %}
