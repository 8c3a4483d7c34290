{# cast and cast_bool_to_text. Unlike most utils, cast_bool_to_text prints its dispatch result instead of
   returning it, so its own whitespace is part of the output. #}

{% macro cast(field, type) %}
  {{ return(adapter.dispatch('cast', 'dbt') (field, type)) }}
{% endmacro %}

{% macro default__cast(field, type) %}
    cast({{field}} as {{type}})
{% endmacro %}

{% macro snowflake__cast(field, type) %}
    {% if (type|upper == "GEOGRAPHY") -%}
        to_geography({{field}})
    {% elif (type|upper == "GEOMETRY") -%}
        to_geometry({{field}})
    {% else -%}
        cast({{field}} as {{type}})
    {% endif -%}
{% endmacro %}


{% macro cast_bool_to_text(field) %}
  {{ adapter.dispatch('cast_bool_to_text', 'dbt') (field) }}
{% endmacro %}

{% macro default__cast_bool_to_text(field) %}
    cast({{ field }} as {{ api.Column.translate_type('string') }})
{% endmacro %}
