-- A content version is either published or quarantined, never both.
select d.content_sha256
from documents as d
semi join quarantine as q on q.content_sha256 = d.content_sha256;
