{#
    Project-wide ref override. It forwards every form dbt accepts (name,
    package + name, v= / version=) to builtins.ref unchanged, so versioned and
    cross-package refs resolve exactly as without the override.
#}
{% macro ref() %}
    {%- set version = kwargs.get('version') or kwargs.get('v') -%}
    {%- set package_name = none -%}
    {%- if varargs | length == 1 -%}
        {%- set model_name = varargs[0] -%}
    {%- else -%}
        {%- set package_name = varargs[0] -%}
        {%- set model_name = varargs[1] -%}
    {%- endif -%}
    {%- if package_name is not none -%}
        {%- set relation = builtins.ref(package_name, model_name, version=version) -%}
    {%- else -%}
        {%- set relation = builtins.ref(model_name, version=version) -%}
    {%- endif -%}
    {{ return(relation) }}
{% endmacro %}
