"""Milliseconds per file of each step of a batch, in one process, and a digest of its output.

    python benchmarks/steps.py [--docs 3000] [--seed 7] [--landing DIR]

Generates (or reuses) a synthetic landing folder, reads it into memory, and runs
``process.process_batch`` over it once to warm up and once timed, with each step wrapped in a
timer. The digest covers every output table except wall-clock columns: an optimisation that
should not change results must print the same digest before and after (run both on the same
corpus). Nothing else should run meanwhile; compare commits back to back.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import time
from pathlib import Path

import pyarrow as pa

from pipeline import links, process, stages, synth
from pipeline.config import Settings

STEPS = ("ingest", "clean", "annotate_language", "identify_outlet", "document_dates", "sign")
INNER = ((links, "signatures"), (links, "story_features"))  # parts of ``sign``
CLOCK_COLUMNS = {"ingested_at", "quarantined_at"}


def read_landing(landing: Path) -> pa.Table:
    rows = []
    for number, path in enumerate(sorted(p for p in landing.rglob("*") if p.is_file())):
        content = path.read_bytes()
        rows.append({"source_path": str(path.relative_to(landing)),
                     "document_id": f"doc{number}", "version": 1,
                     "content_sha256": hashlib.sha256(content).hexdigest(),
                     "size_bytes": len(content), "mtime": dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
                     "content": content, "error_reason": None, "error_detail": None})  # fmt: skip
    return pa.Table.from_pylist(rows, schema=stages.READ_FILES_SCHEMA)


def digest(tables: dict[str, pa.Table]) -> str:
    h = hashlib.sha256()
    for name in sorted(tables):
        table = tables[name]
        table = table.drop_columns([c for c in table.column_names if c in CLOCK_COLUMNS])
        h.update(name.encode())
        h.update(repr(table.to_pylist()).encode())
    return h.hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--landing", type=Path, help="default: data/bench/steps-DOCS-SEED")
    args = parser.parse_args()
    landing = args.landing or Path(f"data/bench/steps-{args.docs}-{args.seed}")
    if not landing.is_dir():
        synth.generate(landing, args.docs, seed=args.seed)
    files = read_landing(landing)
    defaults = Settings.model_construct()
    identify, registry = stages._context_parts(
        tuple(defaults.languages), defaults.min_segment_chars, defaults.language_accuracy,
        defaults.language_detector,
    )  # fmt: skip
    ctx = process.ProcessContext(identify=identify, registry=registry, run_id="steps",
                                 now=dt.datetime(2026, 1, 2, tzinfo=dt.UTC))  # fmt: skip
    seconds: dict[str, float] = {}

    def timed(module: object, name: str) -> None:
        function = getattr(module, name)

        @functools.wraps(function)
        def wrapper(*a: object, **k: object) -> object:
            started = time.perf_counter()
            try:
                return function(*a, **k)
            finally:
                seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - started

        setattr(module, name, wrapper)

    for name in STEPS:
        timed(process, name)
    for module, name in INNER:
        timed(module, name)
    process.process_batch(files, ctx)  # warm: models, word lists, caches
    seconds.clear()
    started = time.perf_counter()
    result = process.process_batch(files, ctx)
    total = time.perf_counter() - started
    n = files.num_rows
    print(f"{n} files, {result.counts.get('documents', 0)} documents: "
          f"{total:.2f} s, {total / n * 1000:.3f} ms a file")  # fmt: skip
    outer = sum(seconds.get(name, 0.0) for name in STEPS)
    for name in (*STEPS, *(name for _, name in INNER)):
        inside = "  (in sign)" if name not in STEPS else ""
        print(f"  {name:18s} {seconds.get(name, 0.0) / n * 1000:6.3f} ms{inside}")
    print(f"  {'the rest':18s} {(total - outer) / n * 1000:6.3f} ms")
    print(f"digest {digest(result.tables)}")


if __name__ == "__main__":
    main()
