

with days as (

    select cast('2018-01-01' as date) + cast(day_offset as integer) as date_day
    from range(730) as offsets(day_offset)

)

select
    date_day,
    extract(year from date_day) as calendar_year,
    ((cast(extract(month from date_day) as integer) - 2 + 12) % 12) // 3 + 1 as fiscal_quarter
from days