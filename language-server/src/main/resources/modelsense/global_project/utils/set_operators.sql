{# except() and intersect(): BigQuery requires the explicit DISTINCT form. #}

{% macro except() %}
  {{ return(adapter.dispatch('except', 'dbt')()) }}
{% endmacro %}

{% macro default__except() %}

    except

{% endmacro %}

{% macro bigquery__except() %}

    except distinct

{% endmacro %}


{% macro intersect() %}
  {{ return(adapter.dispatch('intersect', 'dbt')()) }}
{% endmacro %}

{% macro default__intersect() %}

    intersect

{% endmacro %}

{% macro bigquery__intersect() %}

    intersect distinct

{% endmacro %}
