-- documents_current: per document, the version its file holds now. A changed file adds a
-- version; a file changed back to earlier content makes that earlier version current again;
-- a change that was quarantined leaves the last published version current.
--
-- current_keys(ids): per document in the list ids (all with null), the version_key
-- (hash(content_sha256)) of its current version: of the published versions, the one its file
-- was last observed holding. current_versions(ids): their (document_id, content_sha256). A
-- filter on documents_current does not reach the observations it is worked out from, so a
-- caller that wants a few documents (such as search for its hits) asks for their keys here,
-- at the cost of what they hold.
--
-- Built for millions of documents: the keys are worked out on the document id and a 64-bit
-- hash of the content hash instead of the 64-character hex string, and the documents are
-- then streamed past them for whatever columns the query wants. Over a fabricated lake of a
-- million documents (benchmarks/fabricate_lake.py) the keys alone took the process to 477 MB
-- on the two strings, 365 MB on these (with the views' other fixes of that commit in both:
-- see benchmarks/README.md). Two versions of one document whose content
-- hashes share the 64-bit hash (odds of about 1 in 10^19 per pair) would both count as
-- current; documents are told apart by their id, exactly.
create or replace macro current_keys(ids) as table
with observed as (
    select document_id, hash(content_sha256) as version_key, max(seen_at) as seen_at,
    from files
    where
        status in ('new', 'changed', 'touched', 'reverted')
        and (ids is null or list_contains(ids, document_id))
    group by all
),

published as (
    select document_id, hash(content_sha256) as version_key,
    from documents
    where ids is null or list_contains(ids, document_id)
)

select document_id, arg_max(version_key, seen_at) as version_key,
from observed
semi join published using (document_id, version_key)
group by document_id;

-- current_documents(ids): the documents rows of those versions, streamed past the keys.
create or replace macro current_documents(ids) as table
select documents.*,
from documents
semi join current_keys(ids) as current_keys
    on
        documents.document_id = current_keys.document_id
        and hash(documents.content_sha256) = current_keys.version_key
where ids is null or list_contains(ids, documents.document_id);

create or replace macro current_versions(ids) as table
select document_id, content_sha256,
from current_documents(ids);

create or replace view documents_current as
select *,
from current_documents(null);
