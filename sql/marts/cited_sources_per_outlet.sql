-- cited_sources_per_outlet: which sources (agencies, networks, papers, pollsters) each outlet
-- cites, by the number of its documents that cite them; rank 1 = most cited.
create or replace view cited_sources_per_outlet as
with cited as (
    select
        coalesce(d.outlet_name, '(unknown)') as outlet,
        c.source_id,
        c.source_name,
        c.source_kind,
        count(*) as mentions,
        count(distinct c.content_sha256) as documents,
    from citations as c
    inner join documents_current as d using (content_sha256)
    group by all
)

select
    *,
    row_number() over (partition by outlet order by documents desc, mentions desc, source_id)
        as rank,
from cited
order by outlet, rank;
