-- documents_current: per document, the version its file holds now. A changed file adds a
-- version; a file changed back to earlier content makes that earlier version current again;
-- a change that was quarantined leaves the last published version current.
--
-- current_versions(ids): the (document_id, content_sha256) keys of those versions, for the
-- documents in the list ids, or for all with null. A filter on documents_current does not
-- reach the observations it is worked out from, so a caller that wants a few documents (such
-- as search for its hits) asks for their keys here, at the cost of what they hold.
--
-- Built for millions of documents: the current keys come from one join of the published
-- versions with their last observation (the lake's files rows), then the documents are read
-- once more, streamed, for whatever columns the query wants. Filtering the observations
-- with a semi join on the documents first, a window, and a join back needed ~800 MB over a
-- million documents and ran out of memory at the warehouse's cap.
create or replace macro current_versions(ids) as table
with observed as (
    select document_id, content_sha256, max(seen_at) as seen_at,
    from files
    where
        status in ('new', 'changed', 'touched', 'reverted')
        and (ids is null or list_contains(ids, document_id))
    group by document_id, content_sha256
)

select document_id, content_sha256,
from documents
inner join observed using (document_id, content_sha256)
where ids is null or list_contains(ids, document_id)
qualify row_number() over (partition by document_id order by observed.seen_at desc) = 1;

create or replace view documents_current as
select documents.*,
from documents
semi join current_versions(null) using (document_id, content_sha256);
