-- quarantine_current: what is held back now. An item drops out once its content version is
-- published (a release, or the same content accepted later); a re-quarantined item shows once.
create or replace view quarantine_current as
with latest as (
    select *,
    from quarantine
    qualify row_number() over (partition by quarantine_id order by quarantined_at desc) = 1
)

select latest.*,
from latest
where latest.content_sha256 is null
    or latest.content_sha256 not in (select content_sha256 from documents);
