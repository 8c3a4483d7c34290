{#
    Overrides shop_utils' default__safe_divide: with search_order
    [jaffle_shop, shop_utils] this default__ is found before the package's
    duckdb__ variant, because dispatch walks packages before adapter prefixes.
#}
{% macro default__safe_divide(numerator, denominator) -%}
    case when {{ denominator }} = 0 then null else {{ numerator }} / {{ denominator }} end
{%- endmacro %}
