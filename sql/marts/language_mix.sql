-- language_mix: current documents by language, with their share and mean detector confidence.
create or replace view language_mix as
with counted as (
    select language, count(*) as documents, avg(language_confidence) as mean_confidence,
    from documents_current
    group by language
)

select
    language,
    documents,
    round(documents / sum(documents) over (), 4) as share,
    round(mean_confidence, 4) as mean_confidence,
from counted
order by documents desc, language;
