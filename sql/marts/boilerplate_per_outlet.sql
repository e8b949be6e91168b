-- boilerplate_per_outlet: how much of each outlet's pages is boilerplate (share of characters).
create or replace view boilerplate_per_outlet as
select
    coalesce(outlet_name, '(unknown)') as outlet,
    count(*) as documents,
    round(avg(boilerplate_share), 4) as mean_boilerplate_share,
    round(median(boilerplate_share), 4) as median_boilerplate_share,
    round(max(boilerplate_share), 4) as max_boilerplate_share,
from documents_current
group by all
order by mean_boilerplate_share desc, outlet;
