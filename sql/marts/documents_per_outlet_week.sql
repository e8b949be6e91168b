-- documents_per_outlet_week: current documents per outlet and ISO week of publication.
create or replace view documents_per_outlet_week as
with days as (
    select * from documents_per_outlet_day where day is not null
)

select outlet, date_trunc('week', day)::date as week, sum(documents)::bigint as documents,
from days
group by all
order by week desc, documents desc, outlet;
