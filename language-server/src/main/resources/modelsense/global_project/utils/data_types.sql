{# type_string, type_timestamp, type_float, type_numeric, type_bigint, type_int, type_boolean.
   dbt's defaults return api.Column.translate_type(label); api.Column.translate_type holds what each adapter's
   Column class answers (base Column maps only STRING -> TEXT; Spark returns the label unchanged). Adapters that
   override with a macro body print it with its surrounding whitespace, exactly as dbt does. #}

{%- macro _column_type_label(label) -%}
  {{ return(api.Column.translate_type(label)) }}
{%- endmacro -%}


{%- macro type_string() -%}
  {{ return(adapter.dispatch('type_string', 'dbt')()) }}
{%- endmacro -%}

{% macro default__type_string() %}
    {{ return(dbt._column_type_label("string")) }}
{% endmacro %}

{%- macro redshift__type_string() -%}
    varchar
{%- endmacro -%}

{% macro trino__type_string() -%}
    varchar
{%- endmacro %}


{%- macro type_timestamp() -%}
  {{ return(adapter.dispatch('type_timestamp', 'dbt')()) }}
{%- endmacro -%}

{% macro default__type_timestamp() %}
    {{ return(dbt._column_type_label("timestamp")) }}
{% endmacro %}


{%- macro type_float() -%}
  {{ return(adapter.dispatch('type_float', 'dbt')()) }}
{%- endmacro -%}

{% macro default__type_float() %}
    {{ return(dbt._column_type_label("float")) }}
{% endmacro %}

{% macro bigquery__type_float() %}
    float64
{% endmacro %}

{% macro trino__type_float() -%}
    double
{%- endmacro %}


{%- macro type_numeric() -%}
  {{ return(adapter.dispatch('type_numeric', 'dbt')()) }}
{%- endmacro -%}

{# api.Column.numeric_type("numeric", 28, 6) on the base Column. #}
{% macro default__type_numeric() %}
    {{ return("numeric(28,6)") }}
{% endmacro %}

{% macro bigquery__type_numeric() %}
    numeric
{% endmacro %}

{% macro trino__type_numeric() -%}
    decimal(28, 6)
{%- endmacro %}


{%- macro type_bigint() -%}
  {{ return(adapter.dispatch('type_bigint', 'dbt')()) }}
{%- endmacro -%}

{% macro default__type_bigint() %}
    {{ return(dbt._column_type_label("bigint")) }}
{% endmacro %}

{% macro bigquery__type_bigint() %}
    int64
{% endmacro %}


{%- macro type_int() -%}
  {{ return(adapter.dispatch('type_int', 'dbt')()) }}
{%- endmacro -%}

{%- macro default__type_int() -%}
  {{ return(dbt._column_type_label("integer")) }}
{%- endmacro -%}

{% macro bigquery__type_int() %}
    int64
{% endmacro %}

{%- macro trino__type_int() -%}
    integer
{%- endmacro -%}


{%- macro type_boolean() -%}
  {{ return(adapter.dispatch('type_boolean', 'dbt')()) }}
{%- endmacro -%}

{%- macro default__type_boolean() -%}
  {{ return(dbt._column_type_label("boolean")) }}
{%- endmacro -%}

{# dbt-snowflake prints these with the macro body's surrounding whitespace. #}
{% macro snowflake__type_string() %}
    varchar
{% endmacro %}

{% macro snowflake__type_timestamp() %}
    timestamp_ntz
{% endmacro %}
