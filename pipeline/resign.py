"""One MinHash scheme per lake: signatures made under an older one are made again.

Every new document's signature is compared with every stored one, and its LSH buckets are
joined with theirs, so values made by two schemes (``links.MINHASH_SCHEME``) would meet by
chance and never by similarity. The lake records its scheme in ``signatures/_scheme.json``; a
lake with signatures but no record was signed by datasketch (``links.LEGACY_MINHASH_SCHEME``).
Before links are looked for, each stored signatures file and the buckets file beside it are
made again from the documents file beside them (the documents they were made from, so the
story-term rows come out the same), each file replaced atomically. The record is written last:
a run that stops half way re-signs again next time, and re-signing a file twice writes the
same rows.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pyarrow as pa

from pipeline import io, links, schemas

SCHEME_FILE = "_scheme.json"
# What links.sign reads of a document.
SIGN_COLUMNS = ["content_sha256", "document_id", "title", "body", "language", "published_at"]


class LakeInconsistent(RuntimeError):
    """A stored signature has no document to be made again from."""


def lake_scheme(lake: Path) -> str | None:
    """The scheme of the lake's stored signatures; None for a lake that holds none."""
    path = lake / schemas.SIGNATURES / SCHEME_FILE
    if path.exists():
        return str(json.loads(path.read_text("utf-8"))["minhash"])
    return links.LEGACY_MINHASH_SCHEME if io.table_files(lake, schemas.SIGNATURES) else None


def record_scheme(lake: Path) -> None:
    path = lake / schemas.SIGNATURES / SCHEME_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    io.write_json(path, {"minhash": links.MINHASH_SCHEME})


def ensure_current_scheme(lake: Path, *, skip_run: str | None = None) -> dict[str, int]:
    """Re-sign every signatures file not made under the current scheme (``skip_run``'s were
    made by this code); return the counts. A lake already current costs one small read."""
    scheme = lake_scheme(lake)
    if scheme == links.MINHASH_SCHEME:
        return {}
    stale = [p for p in io.table_files(lake, schemas.SIGNATURES)
             if skip_run is None or not p.name.startswith(f"{skip_run}-")]  # fmt: skip
    counts = {"signatures_resigned_files": 0, "signatures_resigned": 0}
    if stale:
        print(f"newsdesk: re-signing {len(stale)} signature files made under {scheme} "
              f"with {links.MINHASH_SCHEME} (once)", file=sys.stderr)  # fmt: skip
    for path in stale:
        counts["signatures_resigned"] += resign_file(lake, path)
        counts["signatures_resigned_files"] += 1
    record_scheme(lake)
    return counts


def resign_file(lake: Path, path: Path) -> int:
    """Make one signatures file and its buckets file again from its documents file; return
    the number of signatures."""
    stored = io.read_file(path, schemas.SIGNATURES_SCHEMA, ["content_sha256", "run_id",
                                                            "ingest_date"])  # fmt: skip
    if not stored.num_rows:
        return 0
    partition, name = path.parent.name, path.name
    documents_path = lake / schemas.DOCUMENTS / partition / name
    documents = io.read_file(documents_path, schemas.DOCUMENTS_SCHEMA, SIGN_COLUMNS)
    at = {sha: i for i, sha in enumerate(documents.column("content_sha256").to_pylist())}
    wanted = stored.column("content_sha256").to_pylist()
    missing = [sha for sha in wanted if sha not in at]
    runs = set(stored.column("run_id").to_pylist())
    days = set(stored.column("ingest_date").to_pylist())
    if missing or len(runs) != 1 or len(days) != 1:
        raise LakeInconsistent(
            f"{path}: cannot re-sign: {len(missing)} of its {len(wanted)} documents are not in "
            f"{documents_path}, runs {sorted(runs)}, ingest dates {sorted(map(str, days))}"
        )
    documents = documents.take(pa.array([at[sha] for sha in wanted], pa.int64()))
    signatures, buckets = links.sign(documents, run_id=runs.pop(), ingest_date=days.pop())
    io.write_table(buckets, lake / schemas.LINK_BUCKETS / partition / name,
                   schemas.LINK_BUCKETS_SCHEMA)  # fmt: skip
    io.write_table(signatures, path, schemas.SIGNATURES_SCHEMA)
    return signatures.num_rows
