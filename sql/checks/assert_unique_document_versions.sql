-- Each content hash is one document version, and each (document, version) appears once.
select content_sha256, count(*) as n
from documents
group by content_sha256
having count(*) > 1
union all
select document_id || '#' || version, count(*)
from documents
group by document_id, version
having count(*) > 1;
