-- No run both publishes and quarantines the same content version (a later release may publish
-- what an earlier run quarantined; quarantine_current then no longer lists it).
select d.content_sha256, d.run_id
from checked_documents as d
semi join quarantine as q on q.content_sha256 = d.content_sha256 and q.run_id = d.run_id;
