"""What one incremental run costs: N new synthetic articles added to an existing landing folder
and data folder (say, the 200k benchmark's), then ``newsdesk run``'s stages, with the phases,
peak memory (PSS of all processes) and CPU seconds that ``newsdesk bench`` reports.

Run it once against the benchmark's folders and once against empty ones to see what the size
of the warehouse adds to a run:

    python benchmarks/incremental.py --landing data/bench/landing-200000 \\
        --data-dir data/bench/data --docs 2000 --seed 7
    python benchmarks/incremental.py --landing /tmp/empty-landing --data-dir /tmp/empty-data \\
        --docs 2000 --seed 7

The new articles go to ``LANDING/incoming-SEED`` (generated once under ``--cache``); running
the same command again adds nothing new (a no-op rerun). ``newsdesk bench`` then sees a landing
folder that is not the corpus it made, and makes that corpus anew rather than measure both.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--landing", type=Path, required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cache", type=Path, default=Path("data/bench/incoming"))
    args = parser.parse_args()

    from pipeline import stages, synth
    from pipeline.bench import TreeSampler
    from pipeline.config import load_settings

    incoming = args.cache / f"{args.docs}-{args.seed}"
    if not incoming.exists():
        synth.generate(incoming, args.docs, seed=args.seed)
    args.landing.mkdir(parents=True, exist_ok=True)
    shutil.copytree(incoming, args.landing / f"incoming-{args.seed}", dirs_exist_ok=True)
    settings = load_settings(landing_dir=args.landing, data_dir=args.data_dir)
    started = time.perf_counter()
    with TreeSampler() as sampler:
        report = stages.run_all(settings)
    print(json.dumps({
        "seconds": round(time.perf_counter() - started, 1),
        "phases": {name: round(seconds, 2) for name, seconds in report.phases.items()},
        "documents": report.counts.get("documents", 0),
        "link_candidates": report.counts.get("link_candidates", 0),
        "document_links": report.counts.get("document_links", 0),
        "peak_pss_mb": round(sampler.peak_total / 1e6),
        "cpu_seconds": round(sampler.cpu_seconds, 1),
    }, indent=2))  # fmt: skip


if __name__ == "__main__":  # worker processes import this file again: run only once
    main()
