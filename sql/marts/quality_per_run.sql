-- quality_per_run: per run, what was published and held back, and which checks failed.
create or replace view quality_per_run as
with failures as (
    select
        run_id,
        count(*) filter (where severity = 'error') as error_failures,
        count(*) filter (where severity = 'warning') as warning_failures,
        string_agg(distinct expectation, ', ' order by expectation) as failed_checks,
    from dq_results
    where not success
    group by run_id
),

held as (
    select run_id, string_agg(reason || ' ' || n, ', ' order by reason) as quarantine_reasons,
    from (select run_id, reason, count(*) as n from quarantine group by all)
    group by run_id
)

select
    r.run_id,
    r.started_at,
    r.documents,
    r.quarantined,
    round(r.quarantined / nullif(r.documents + r.quarantined, 0), 4) as quarantine_share,
    coalesce(f.error_failures, 0) as error_failures,
    coalesce(f.warning_failures, 0) as warning_failures,
    f.failed_checks,
    h.quarantine_reasons,
from runs as r
left join failures as f using (run_id)
left join held as h using (run_id)
order by r.started_at desc;
