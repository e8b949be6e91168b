"""The only module that writes the DuckDB warehouse.

The warehouse holds no data of its own: it is a catalogue of views over the lake's Parquet files,
created from the ``sql/`` folder. Publishing a run therefore never needs a DuckDB write lock; the
catalogue is rewritten only when the SQL files or the lake location change, so analysts can keep
a read-only session open while runs land.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import string
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from pipeline import io, schemas
from pipeline.config import Settings

META_TABLE = "newsdesk_catalog"


def sql_dir() -> Path:
    """``sql/`` of a checkout, or the copy packed into the wheel."""
    packaged = Path(__file__).parent / "sql"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "sql"


PER_TABLE_TEMPLATE = "committed_table.sql"


def _render(path: Path, lake: Path, table: str | None = None) -> str:
    """Fill in the lake path (and table name) of a SQL file; identifiers come from
    ``schemas``, never from user input, and values in queries are always bound. A table's
    view matches its files' columns by name only where they differ from what this version
    writes (``io.same_schema``, read from every footer once per catalogue: ~0.6 s for 1,000
    files; the catalogue is rewritten when the code's SQL or schemas change, and new files
    have this version's schema)."""
    lake_literal = str(lake).replace("'", "''")
    union = "true"
    if table is not None:
        union = io.union_by_name(sorted((lake / table).glob("*/*.parquet")), schemas.SCHEMAS[table])
    return string.Template(path.read_text("utf-8")).substitute(
        lake=lake_literal, table=table, union_by_name=union
    )


def _catalog() -> list[tuple[Path, str | None]]:
    """Every statement of the catalogue: (SQL file, table it is rendered for)."""
    root = sql_dir()
    staging = root / "staging"
    return [
        (root / "00_schemas.sql", None),
        *((staging / PER_TABLE_TEMPLATE, table) for table in schemas.BATCH_TABLES),
        *((p, None) for p in sorted(staging.glob("*.sql")) if p.name != PER_TABLE_TEMPLATE),
        *((p, None) for p in sorted((root / "marts").glob("*.sql"))),
    ]


@lru_cache(maxsize=1)
def _catalog_digest() -> str:
    """The sql/ files' digest: they do not change while a process runs."""
    digest = hashlib.sha256()
    for path, table in _catalog():
        digest.update(f"{path.name}:{table}".encode())
        digest.update(path.read_bytes())
        if table is not None:  # a new schema: the views check the files' schemas again
            digest.update(str(schemas.SCHEMAS[table]).encode())
    return digest.hexdigest()


def _fingerprint(settings: Settings) -> str:
    return hashlib.sha256(f"{settings.lake_dir}\0{_catalog_digest()}".encode()).hexdigest()


_current: set[tuple[str, str]] = set()  # (warehouse, fingerprint) known to be up to date


# DuckDB's cap per warehouse connection; past it, joins, sorts and aggregates spill to the
# warehouse's temp folder. Without it DuckDB may take 80% of the machine, and publishing a
# large month (its full-text shard, the checks over whole views) grew with the warehouse.
WAREHOUSE_MEMORY = "512MB"


def connect(settings: Settings, *, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    path = settings.warehouse_path
    if read_only and not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `newsdesk run` first")
    path.parent.mkdir(parents=True, exist_ok=True)
    spill = path.parent / f"{path.stem}.tmp"
    # DuckDB's cache of the Parquet files it reads lives outside its memory cap and grows the
    # process with the lake (count(*) of documents_current over a million documents: 1,232 MB
    # with it, 1,048 MB without, before the view was made leaner); the OS caches the files
    # anyway.
    return duckdb.connect(str(path), read_only=read_only,
                          config={"memory_limit": WAREHOUSE_MEMORY,
                                  "temp_directory": str(spill),
                                  "enable_external_file_cache": False})  # fmt: skip


def ensure(settings: Settings) -> bool:
    """Create or update the views; return True when the catalogue was (re)written."""
    fingerprint = _fingerprint(settings)
    key = (str(settings.warehouse_path), fingerprint)
    if key in _current and settings.warehouse_path.exists():
        return False
    if settings.warehouse_path.exists():
        try:
            with connect(settings, read_only=True) as con:
                row = con.execute(
                    f"select fingerprint from {META_TABLE} limit 1"  # constant name, no input
                ).fetchone()
            if row and row[0] == fingerprint:
                _current.add(key)
                return False
        except duckdb.Error:
            pass
    with connect(settings, read_only=False) as con:
        con.execute("begin transaction")
        pending = _catalog()
        # Views are bound when created; apply files until every dependency exists.
        while pending:
            failed: list[tuple[tuple[Path, str | None], Exception]] = []
            for item in pending:
                try:
                    con.execute(_render(item[0], settings.lake_dir, item[1]))
                except duckdb.CatalogException as exc:
                    failed.append((item, exc))
            if len(failed) == len(pending):
                (path, _), error = failed[0]
                raise RuntimeError(f"cannot create a view from {path}: {error}")
            pending = [item for item, _ in failed]
        con.execute(f"create or replace table {META_TABLE} (fingerprint varchar)")
        con.execute(f"insert into {META_TABLE} values (?)", [fingerprint])
        con.execute("commit")
    _current.add(key)
    return True


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    offending_rows: int

    @property
    def passed(self) -> bool:
        return self.offending_rows == 0


CHECKED_TABLES = (schemas.DOCUMENTS, schemas.SEGMENTS)


def run_checks(settings: Settings, run_id: str | None = None) -> list[CheckResult]:
    """Run every ``sql/checks/assert_*.sql``; each returns offending rows (zero rows = pass).

    The rows under test are the views ``checked_documents`` and ``checked_segments``: the whole
    tables, or with ``run_id`` only what that run published, read from its own files. Every
    earlier run's rows were checked when it was published, so a run's checks cost what it
    brought, not what the warehouse holds; uniqueness is still checked against all rows."""
    results = []
    with connect(settings, read_only=True) as con:
        # (connect turns DuckDB's cache of the files off: the checks of a run of a million
        # documents peaked 140 MB higher with it.)
        for table in CHECKED_TABLES:  # names from schemas
            source = f"select * from {table}"
            if run_id is not None:
                files = io.run_files(settings.lake_dir, table, run_id)
                union = io.union_by_name(files, schemas.SCHEMAS[table])
                source = (
                    f"select * from read_parquet({io.sql_paths(files)}, union_by_name = {union})"
                    if files else f"select * from {table} where false"
                )  # fmt: skip
            con.execute(f"create or replace temp view checked_{table} as {source}")
        for path in sorted((sql_dir() / "checks").glob("assert_*.sql")):
            query = path.read_text("utf-8").strip().rstrip(";")
            count = con.execute(f"select count(*) from ({query})").fetchone()[0]
            results.append(CheckResult(path.stem, count))
    return results


def query(settings: Settings, sql: str, params: list | None = None) -> pa.Table:
    """Run ad hoc SQL read-only and return an Arrow table (after bringing a catalogue that
    predates the current sql/ files up to date)."""
    if settings.warehouse_path.exists():
        ensure(settings)
    with connect(settings, read_only=True) as con:
        return con.execute(sql, params or []).to_arrow_table()


# Snowball stemmers of DuckDB's fts extension by ISO 639-1 code; other languages are indexed
# without stemming. One search table (and index) per language, so each gets its own stemmer.
STEMMERS = {
    "de": "german", "en": "english", "fr": "french", "es": "spanish", "it": "italian",
    "nl": "dutch", "pt": "portuguese", "da": "danish", "sv": "swedish", "nb": "norwegian",
    "fi": "finnish", "hu": "hungarian", "ro": "romanian", "ru": "russian", "tr": "turkish",
}  # fmt: skip
OTHER = "other"


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """Load the fts extension from the duckdb-extension-fts wheel: no network needed."""
    from importlib import resources

    path = resources.files("duckdb_extension_fts").joinpath(
        "extensions", f"v{duckdb.__version__}", "fts.duckdb_extension"
    )
    con.execute(f"load '{path}'")  # a path inside the installed package, not user input


def search_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    names = con.execute(
        "select table_name from information_schema.tables where table_name like 'search\\_%' "
        "escape '\\' and table_type = 'BASE TABLE' order by 1"
    ).fetchall()
    return [name for (name,) in names]


# search_<group>_<YYYYMM>: a month's compacted shard; search_<group>_<YYYYMM>_<run>: one run's;
# a p<k> after the month names part k of a shard too large for one (see SEARCH_SHARD_DOCS).
_SHARD = re.compile(r"^search_([a-z]+)_(\d{6})(?:p(\d+))?(?:_([a-z0-9_]+))?$")
# DuckDB's cap while building a shard. What the process holds beyond it is most of its peak:
# a rebuild of a fabricated million (12 shards of 100,000 pages) peaked at 898-1,062 MB RSS
# over five runs at 384 MB, 775-782 MB at 256 MB (392 s against 352); of the benchmark's
# generated articles, one shard of 117,472 German pages (more than a part may hold) built at
# 256 MB in a process that peaked at 535 MB, and the seven shards of 195,774 took 82 s at
# 384 MB, 83 s at 256 MB.
SEARCH_MEMORY = "256MB"
# The most documents one shard holds; a larger (group, month) of a run or a month is split
# into parts by a hash of the content, each indexed on its own. The index build's working
# set (every word occurrence of the shard, its terms and their document counts) grows with
# the shard and not all of it spills: one run shard of ~590,000 German pages ran out of a
# 384 MB cap. Parts of up to 100,000 took no more memory than one shard of 117,000.
SEARCH_SHARD_DOCS = 100_000
# A month's run shards are merged into its month shard once the month is over, or sooner when
# one language group holds the shards of more than this many runs (a query unions every shard).
SEARCH_MAX_RUN_SHARDS = 24
_SEARCH_COLUMNS = "content_sha256, document_id, title, body, language, outlet_name, published_at"


def _open_search(settings: Settings) -> duckdb.DuckDBPyConnection:
    con = connect(settings, read_only=False)
    con.execute(f"set memory_limit = '{SEARCH_MEMORY}'")  # a constant
    load_fts(con)
    return con


@dataclass(frozen=True)
class _ShardJob:
    table: str  # search_<group>_<YYYYMM>[_<run>]: a STEMMERS key or OTHER, digits, [a-z0-9_]
    source: str  # a table, view, subquery or read_parquet(...) of quoted paths; never input
    group: str
    members: list[str]  # the group's languages found in the source
    month: str
    documents: int  # about: a part holds its share of the (group, month)
    part: int = 1  # 1..parts; the documents whose content hash modulo parts is part - 1
    parts: int = 1


def _shard_jobs(
    found: list[tuple[str, str, int]], source: str, suffix: str = ""
) -> list[_ShardJob]:
    """One shard per (language group, month) of ``source``'s (language, YYYYMM, documents)
    rows, the largest first; one of more than SEARCH_SHARD_DOCS documents in as many parts as
    keep each under it (about: the hash spreads them evenly, not exactly)."""
    members: dict[tuple[str, str], list[str]] = {}
    sizes: Counter[tuple[str, str]] = Counter()
    for language, month, count in found:
        key = (language if language in STEMMERS else OTHER, month)
        members.setdefault(key, []).append(language)
        sizes[key] += count
    jobs = []
    for group, month in sorted(members, key=lambda k: (-sizes[k], k)):
        size = sizes[(group, month)]
        parts = max(1, -(-size // SEARCH_SHARD_DOCS))
        for part in range(1, parts + 1):
            name = f"search_{group}_{month}{f'p{part}' if parts > 1 else ''}{suffix}"
            jobs.append(_ShardJob(name, source, group, members[(group, month)], month,
                                  -(-size // parts), part, parts))  # fmt: skip
    return jobs


# A run whose shards all hold up to this many documents has them built side by side.
SEARCH_SIDE_BY_SIDE_DOCS = 25_000


def _build_shards(settings: Settings, jobs: list[_ShardJob]) -> dict[str, int]:
    """``_build_shard`` of every job; small shards ``settings.worker_count`` at a time, on
    cursors of their own (the tables and index schemas they create are distinct), large ones
    one at a time, each on a connection of its own. The caller holds no connection to the
    warehouse meanwhile.

    DuckDB builds the index of a small shard on one thread (its table is a single row group,
    and scans run one row group per thread), so side by side, six shards of 20,000 synthetic
    pages took 6.4 s instead of 8.9 s on two cores. A large shard's build keeps both cores
    busy much of the time already, and its memory grows past DuckDB's cap: rebuilding the
    shards of 195,000 pages took 86 s and 756 MB one at a time, 90 s and 839 MB with the
    small ones side by side (and the publishing process reached 993 MB when the two largest
    overlapped). So a run with a large shard builds them all one at a time.

    DuckDB hands the memory of a build back only when its database closes (its last
    connection): three shards of 100,000 pages of a million-document month, built on one
    connection, took the process to 862, 909, then 1,064 MB; each on a connection of its own,
    871 MB each time, and 190 MB between them.
    """
    threads = settings.worker_count
    if (
        threads <= 1
        or len(jobs) <= 1
        or any(job.documents > SEARCH_SIDE_BY_SIDE_DOCS for job in jobs)
    ):
        sizes = {}
        for job in jobs:
            with _open_search(settings) as con:
                sizes[job.table] = _build_shard(con, job)
        return sizes
    from concurrent.futures import ThreadPoolExecutor

    with _open_search(settings) as con:

        def build(job: _ShardJob) -> int:
            with con.cursor() as cursor:
                return _build_shard(cursor, job)

        with ThreadPoolExecutor(min(threads, len(jobs))) as pool:
            return dict(zip([job.table for job in jobs], pool.map(build, jobs), strict=True))


def shard_rows(job: _ShardJob) -> tuple[str, list]:
    """The select of a shard's rows and its parameters (the benchmark builds from it too)."""
    select = (f"select {_SEARCH_COLUMNS} from {job.source} "
              "where list_contains(?, language) and strftime(ingest_date, '%Y%m') = ? "
              "and hash(content_sha256) % ? = ?")  # fmt: skip
    return select, [job.members, job.month, job.parts, job.part - 1]


def _build_shard(con: duckdb.DuckDBPyConnection, job: _ShardJob) -> int:
    """Fill the job's table with its source's documents of its languages ingested in its
    month and index it with the group's stemmer; table and source names never come from
    input."""
    table = job.table
    select, params = shard_rows(job)
    # The extension makes the index's schema, tables and macros on the empty table; the rows
    # then go in and index_rows fills the index as the extension would have.
    con.execute(f"create or replace table {table} as {select} limit 0", params)
    stemmer = STEMMERS.get(job.group, "none")
    con.execute(f"pragma create_fts_index('{table}', 'content_sha256', 'title', 'body', "
                f"stemmer='{stemmer}', stopwords='none', overwrite=1)")  # fmt: skip
    con.execute(f"insert into {table} {select}", params)
    index_rows(con, table, stemmer)
    return con.execute(f"select count(*) from {table}").fetchone()[0]


def index_rows(con: duckdb.DuckDBPyConnection, table: str, stemmer: str) -> None:
    """Fill the empty full-text index of ``table`` (made by ``create_fts_index`` with
    ``stopwords='none'`` while the table was empty) with the rows of ``table``.

    The index's rows are what the extension's own build makes (a test compares the two,
    table by table and score by score), for half its CPU: the extension stems every word
    occurrence (~1.2 µs each, 4.4 million for 11,782 synthetic German pages) and then
    rewrites its tables with correlated updates; here each distinct word is stemmed once
    and every table is written once: 7.0 CPU-s for those pages instead of 12.2-14.5, and the
    six shards of a 20k run 8.8 instead of 20.7 (``benchmarks/search_index.py``). The query
    macros (``match_bm25``) are the extension's own. The tables' layout is the extension's
    too, which is why DuckDB is pinned and why that test exists: a release that changes the
    layout fails it.
    """
    fts = f"fts_main_{table}"
    fields = con.execute(f"select field, fieldid from {fts}.fields order by fieldid").fetchall()
    words, stems = f"_fts_words_{table}", f"_fts_stems_{table}"
    # The extension's own tokenizer (its ``tokenize`` macro), so words are split as it splits
    # them, in documents and in queries.
    con.execute(
        f"create or replace temp table {words} as select w, docid, fieldid from ("
        + " union all ".join(
            f"select unnest({fts}.tokenize({field})) as w, rowid as docid, {fieldid} as fieldid "
            f"from {table}"
            for field, fieldid in fields
        )
        + ") where w is not null and len(w) > 0"
    )
    con.execute(
        f"create or replace temp table {stems} as "
        f"select w, stem(w, '{stemmer}') as term from (select distinct w from {words})"
    )
    # Document frequencies from the distinct (term, document) pairs: the same counts as
    # count(distinct docid) per term, 4.5 s instead of 6.2 s for a shard of 100,000 pages.
    con.execute(f"""
        insert into {fts}.dict (termid, term, df)
        select row_number() over (order by term) - 1, term, df
        from (select term, count(*) as df
              from (select distinct s.term, w.docid from {words} as w join {stems} as s using (w))
              group by term)""")
    con.execute(f"""
        insert into {fts}.terms (docid, fieldid, termid)
        select w.docid, w.fieldid, d.termid
        from {words} as w join {stems} as s using (w) join {fts}.dict as d on d.term = s.term""")
    con.execute(f"""
        insert into {fts}.docs (docid, name, len)
        select t.rowid, t.content_sha256, coalesce(n.len, 0)
        from {table} as t
        left join (select docid, count(*) as len from {words} group by docid) as n
          on n.docid = t.rowid""")
    con.execute(f"delete from {fts}.stats")
    con.execute(
        f"insert into {fts}.stats (num_docs, avgdl) "
        f"select count(docid), sum(len) / count(len) from {fts}.docs"
    )
    con.execute(f"drop table {words}")
    con.execute(f"drop table {stems}")


def rebuild_search(settings: Settings, months: Iterable[str] | None = None) -> dict[str, int]:
    """(Re)build the month shards of the full-text index: one table and index per language
    group (for its stemmer) and ingest month (YYYYMM), replacing that month's run shards.
    ``months=None`` rebuilds all. Shards keep superseded versions until their month is
    rebuilt; ``search`` drops them."""
    wanted = None if months is None else sorted(set(months))
    with _open_search(settings) as con:
        # The months' current versions, found once: each shard then streams the documents
        # it holds past these keys instead of working out the current versions again (a
        # wide read of documents_current per shard). A table, not a temporary one, since
        # the shards are built on connections of their own.
        con.execute(
            f"create or replace table {CURRENT_KEYS} as "
            "select document_id, hash(content_sha256) as version_key, language, "
            "strftime(ingest_date, '%Y%m') as month from current_documents(null) "
            "where $months is null or list_contains($months, strftime(ingest_date, '%Y%m'))",
            {"months": wanted},
        )
        found = con.execute(
            f"select language, month, count(*) from {CURRENT_KEYS} group by all"
        ).fetchall()
        jobs = _shard_jobs(found, CURRENT_SOURCE)
        keep = {job.table for job in jobs}
        for table in search_tables(con):  # names from information_schema
            shard = _SHARD.match(table)
            rebuilt_month = shard and (wanted is None or shard.group(2) in wanted)
            if (not shard or rebuilt_month) and table not in keep:
                con.execute(f"drop table {table}")
    sizes = _build_shards(settings, jobs)
    with _open_search(settings) as con:
        # Every run with documents in the rebuilt months is in the index now.
        covered = con.execute(
            "select distinct run_id from documents where $months is null "
            "or list_contains($months, strftime(ingest_date, '%Y%m'))",
            {"months": wanted},
        ).fetchall()
        _record_indexed(con, [r for (r,) in covered])
        con.execute(f"drop table {CURRENT_KEYS}")
    return sizes


CURRENT_KEYS = "newsdesk_search_current"  # rebuild_search's keys while it runs (not a shard)
# The documents a rebuild indexes: the current versions of its months, on compact keys (see
# sql/marts/documents_current.sql).
CURRENT_SOURCE = (
    f"(select documents.* from documents semi join {CURRENT_KEYS} as current_keys "
    "on documents.document_id = current_keys.document_id "
    "and hash(documents.content_sha256) = current_keys.version_key) as current_documents"
)


INDEXED_RUNS = "newsdesk_search_runs"  # runs whose documents are in the index (not a shard)


def _runs_with_documents(settings: Settings) -> set[str]:
    committed = io.committed_run_ids(settings.lake_dir)
    written = {p.name.rsplit("-", 1)[0] for p in io.table_files(settings.lake_dir,
                                                                schemas.DOCUMENTS)}  # fmt: skip
    return committed & written


def _record_indexed(con: duckdb.DuckDBPyConnection, run_ids: Iterable[str]) -> None:
    con.execute(f"create table if not exists {INDEXED_RUNS} (run_id varchar primary key)")
    rows = pa.table({"run_id": pa.array(sorted(set(run_ids)), pa.string())})
    con.register("indexed_now", rows)
    con.execute(f"insert or ignore into {INDEXED_RUNS} select run_id from indexed_now")
    con.unregister("indexed_now")


def index_run(settings: Settings, run_id: str, now: dt.date | None = None) -> dict[str, int]:
    """Index what one published run brought, as shards of its own read from its own files, so
    a publish costs what the run brought, not what its month already holds; runs an earlier
    publish could not index (a reader held the warehouse) are indexed with it. Months that are
    over (or hold too many run shards) are then compacted into month shards: each document is
    indexed about twice in all."""
    sizes: dict[str, int] = {}
    with _open_search(settings) as con:
        with_documents = _runs_with_documents(settings)
        known = con.execute(
            "select count(*) from information_schema.tables where table_name = ?", [INDEXED_RUNS]
        ).fetchone()[0]
        if not known:  # a warehouse from before run shards: every month was rebuilt whole
            _record_indexed(con, with_documents - {run_id})
        indexed = {r for (r,) in con.execute(f"select run_id from {INDEXED_RUNS}").fetchall()}
    for pending in sorted(with_documents - indexed):  # no connection held: see _build_shards
        sizes.update(_index_run_shards(settings, pending))
        with _open_search(settings) as con:
            _record_indexed(con, [pending])
    run_shards: dict[tuple[str, str], set[str]] = {}  # (month, group): runs
    with _open_search(settings) as con:
        for table in search_tables(con):
            shard = _SHARD.match(table)
            if shard and shard.group(4):
                run_shards.setdefault((shard.group(2), shard.group(1)), set()).add(shard.group(4))
    current = (now or dt.datetime.now(dt.UTC).date()).strftime("%Y%m")
    due = {month for (month, _), runs in run_shards.items()
           if month < current or len(runs) > SEARCH_MAX_RUN_SHARDS}  # fmt: skip
    if due:
        sizes.update(rebuild_search(settings, due))
    return sizes


def _index_run_shards(settings: Settings, run_id: str) -> dict[str, int]:
    """One shard per language group (and ingest month) of a run's documents."""
    files = io.run_files(settings.lake_dir, schemas.DOCUMENTS, run_id)
    stamp = re.sub(r"[^a-z0-9]+", "_", run_id.lower()).strip("_")
    union = io.union_by_name(files, schemas.DOCUMENTS_SCHEMA)
    source = f"read_parquet({io.sql_paths(files)}, union_by_name = {union})"
    with _open_search(settings) as con:
        found = con.execute(
            f"select language, strftime(ingest_date, '%Y%m') as month, count(*) from {source} "
            "group by all"
        ).fetchall()
    return _build_shards(settings, _shard_jobs(found, source, f"_{stamp}"))


# search ranks this many hits per result wanted before it asks which are current, and four
# times as many again while superseded versions (in shards until their month is rebuilt)
# leave it short.
SEARCH_CANDIDATES = 3


def search(settings: Settings, terms: str, limit: int = 10) -> pa.Table:
    """Documents ranked by BM25 over title and body, across the per-language indexes; current
    versions only. Only the top hits are checked for currency: which version of every
    document is current takes a read of the whole lake's observations (at a million
    documents a filter over all of documents_current overran the warehouse's memory cap).

    The ranking reads each shard's keys and the index, never its rows: only the hits kept
    are read whole, by row id. Ranking the shards' whole rows read every body of every
    document the query matched (on a warehouse of 195,774 synthetic pages, 0.70-1.21 s of a
    query of two common words against 0.22-0.35 s for the keys)."""
    if settings.warehouse_path.exists():
        ensure(settings)  # a catalogue from before current_versions
    with connect(settings, read_only=True) as con:
        load_fts(con)
        tables = search_tables(con)
        if not tables or limit < 1:
            return pa.table({"score": pa.array([], pa.float64())})
        parts = [
            f"select {number} as shard, rowid as row_id, content_sha256, document_id, "
            f"fts_main_{table}.match_bm25(content_sha256, $terms) as score from {table}"
            for number, table in enumerate(tables)  # names from information_schema
        ]
        ranked = (
            f"select * from ({' union all '.join(parts)}) where score is not null "
            "order by score desc, content_sha256 limit $wanted"
        )
        wanted = limit * SEARCH_CANDIDATES
        while True:
            hits = con.execute(ranked, {"terms": terms, "wanted": wanted}).to_arrow_table()
            if not hits.num_rows:
                return _hit_rows(con, tables, hits)
            ids = pc.unique(hits["document_id"]).to_pylist()
            current = con.execute(
                "select content_sha256 from current_versions($ids)", {"ids": ids}
            ).to_arrow_table()["content_sha256"]
            kept = hits.filter(pc.is_in(hits["content_sha256"], value_set=current))
            if kept.num_rows >= limit or hits.num_rows < wanted:
                return _hit_rows(con, tables, kept.slice(0, limit))
            wanted *= 4


def _hit_rows(con: duckdb.DuckDBPyConnection, tables: list[str], hits: pa.Table) -> pa.Table:
    """The shards' rows of ``hits`` (shard, row_id, score: best first), in that order, with
    their score; each shard is read by row id, for the few rows it holds."""
    hits = hits.append_column("rank", pa.array(range(hits.num_rows), pa.int64()))
    parts = []
    for shard in sorted(set(hits["shard"].to_pylist())) or [0]:  # no hit: shard 0's columns
        mine = hits.filter(pc.equal(hits["shard"], shard))
        rows = con.execute(
            f"select *, rowid as row_id from {tables[shard]} "
            "where rowid in (select unnest($rows::bigint[]))",
            {"rows": mine["row_id"].to_pylist()},
        ).to_arrow_table()
        position = {row: i for i, row in enumerate(rows["row_id"].to_pylist())}
        order = [position[row] for row in mine["row_id"].to_pylist()]
        rows = rows.take(pa.array(order, pa.int64()))
        parts.append(rows.drop_columns(["row_id"]).append_column("score", mine["score"])
                     .append_column("rank", mine["rank"]))  # fmt: skip
    found = pa.concat_tables(parts)
    return found.take(pc.sort_indices(found["rank"])).drop_columns(["rank"])
