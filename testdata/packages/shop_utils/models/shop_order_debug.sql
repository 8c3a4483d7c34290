{# Debug helper; projects that install shop_utils usually disable it. #}
select
    '{{ var('calendar_start_date') }}' as calendar_start_date,
    {{ var('calendar_days') }} as calendar_days
