{# One summed column per configured payment method, e.g. credit_card_amount. #}
{% macro sum_by_payment_method(amount_column='amount') -%}
    {%- for payment_method in var('payment_methods') -%}
        sum(case when payment_method = '{{ payment_method }}' then {{ amount_column }} else 0 end) as {{ payment_method }}_amount
        {%- if not loop.last %},
        {% endif -%}
    {%- endfor -%}
{%- endmacro %}
