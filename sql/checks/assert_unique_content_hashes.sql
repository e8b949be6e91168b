-- Each content hash is one document version: the rows under test are compared with every
-- published row. (A check of its own, not a union with the (document, version) check: each
-- holds a hash table of every published key, ~300 MB at a million documents, and a union
-- builds both at once.)
select d.content_sha256, count(*) as n
from documents as d
semi join checked_documents as c on c.content_sha256 = d.content_sha256
group by d.content_sha256
having count(*) > 1;
