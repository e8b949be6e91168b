-- documents_per_outlet_day: current documents per outlet and local publication day
-- (undated documents are counted under day null).
create or replace view documents_per_outlet_day as
with dated as (
    select
        coalesce(outlet_name, '(unknown)') as outlet,
        try_cast(left(published_local, 10) as date) as day,
    from documents_current
)

select outlet, day, count(*) as documents,
from dated
group by all
order by day desc nulls last, documents desc, outlet;
