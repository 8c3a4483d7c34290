{#
    Wraps the caller's select and stamps each row with the model that built it:
    {% call audited(this.identifier) %} select ... {% endcall %}
#}
{% macro audited(model_name) -%}
select
    audited.*,
    '{{ model_name }}' as _built_by
from (
{{ caller() }}
) as audited
{%- endmacro %}
