{% macro split_part(string_text, delimiter_text, part_number) %}
  {{ return(adapter.dispatch('split_part', 'dbt') (string_text, delimiter_text, part_number)) }}
{% endmacro %}

{% macro default__split_part(string_text, delimiter_text, part_number) %}

    split_part(
        {{ string_text }},
        {{ delimiter_text }},
        {{ part_number }}
        )

{% endmacro %}

{# Counts parts from the end: split_part(s, d, -1) is the last part. #}
{% macro _split_part_negative(string_text, delimiter_text, part_number) %}

    split_part(
        {{ string_text }},
        {{ delimiter_text }},
          length({{ string_text }})
          - length(
              replace({{ string_text }},  {{ delimiter_text }}, '')
          ) + 2 + {{ part_number }}
        )

{% endmacro %}

{% macro postgres__split_part(string_text, delimiter_text, part_number) %}

  {% if part_number >= 0 %}
    {{ dbt.default__split_part(string_text, delimiter_text, part_number) }}
  {% else %}
    {{ dbt._split_part_negative(string_text, delimiter_text, part_number) }}
  {% endif %}

{% endmacro %}

{% macro redshift__split_part(string_text, delimiter_text, part_number) %}

  {% if part_number >= 0 %}
    {{ dbt.default__split_part(string_text, delimiter_text, part_number) }}
  {% else %}
    {{ dbt._split_part_negative(string_text, delimiter_text, part_number) }}
  {% endif %}

{% endmacro %}

{% macro trino__split_part(string_text, delimiter_text, part_number) %}
  {% if part_number >= 0 %}
    {{ dbt.default__split_part(string_text, delimiter_text, part_number) }}
  {% else %}
    {{ dbt._split_part_negative(string_text, delimiter_text, part_number) }}
  {% endif %}
{% endmacro %}

{% macro duckdb__split_part(string_text, delimiter_text, part_number) %}

  {% if part_number >= 0 %}
    coalesce(string_split({{ string_text }}, {{ delimiter_text }})[ {{ part_number }} ], '')
  {% else %}
    {{ dbt._split_part_negative(string_text, delimiter_text, part_number) }}
  {% endif %}

{% endmacro %}

{% macro bigquery__split_part(string_text, delimiter_text, part_number) %}

  {% if part_number >= 0 %}
    split(
        {{ string_text }},
        {{ delimiter_text }}
        )[safe_offset({{ part_number - 1 }})]
  {% else %}
    split(
        {{ string_text }},
        {{ delimiter_text }}
        )[safe_offset(
          length({{ string_text }})
          - length(
              replace({{ string_text }},  {{ delimiter_text }}, '')
          ) + 1
        )]
  {% endif %}

{% endmacro %}

{% macro spark__split_part(string_text, delimiter_text, part_number) %}

    {% set delimiter_expr %}

        -- escape if starts with a special character
        case when regexp_extract({{ delimiter_text }}, '([^A-Za-z0-9])(.*)', 1) != '_'
            then concat('\\', {{ delimiter_text }})
            else {{ delimiter_text }} end

    {% endset %}

    {% if part_number >= 0 %}

        {% set split_part_expr %}

        split(
            {{ string_text }},
            {{ delimiter_expr }}
            )[({{ part_number - 1 if part_number > 0 else part_number }})]

        {% endset %}

    {% else %}

        {% set split_part_expr %}

        split(
            {{ string_text }},
            {{ delimiter_expr }}
            )[(
                length({{ string_text }})
                - length(
                    replace({{ string_text }},  {{ delimiter_text }}, '')
                ) + 1 {{ part_number }}
            )]

        {% endset %}

    {% endif %}

    {{ return(split_part_expr) }}

{% endmacro %}

{% macro databricks__split_part(string_text, delimiter_text, part_number) %}

    {% set delimiter_expr %}

        -- escape if starts with a special character
        case when regexp_extract({{ delimiter_text }}, '([^A-Za-z0-9])(.*)', 1) != '_'
            then concat('\\', {{ delimiter_text }})
            else {{ delimiter_text }} end

    {% endset %}

    {% if part_number >= 0 %}

        {% set split_part_expr %}

        get(split(
            {{ string_text }},
            {{ delimiter_expr }}
            ), {{ part_number - 1 if part_number > 0 else part_number }})

        {% endset %}

    {% else %}

        {% set split_part_expr %}

        get(split(
            {{ string_text }},
            {{ delimiter_expr }}
            ),
                length({{ string_text }})
                - length(
                    replace({{ string_text }},  {{ delimiter_text }}, '')
                ) + 1 + {{ part_number }}
            )

        {% endset %}

    {% endif %}

    {{ return(split_part_expr) }}

{% endmacro %}
