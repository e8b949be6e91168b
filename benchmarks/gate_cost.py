"""What the Great Expectations gate adds to the wall time of a run (issue 3's bound).

Each variant runs in a fresh interpreter into a fresh data folder, timed from outside (interpreter
start, imports and all), ``--repeats`` times, and the medians are compared:

- ``gate``: ``newsdesk run``, exactly what ``make run`` runs;
- ``no-gate``: the same stages in the same order (discover, batches, links, publish) with the
  quality gate left out. It exists only here, to measure against; the pipeline has no switch
  that publishes unchecked data.

Usage: ``python benchmarks/gate_cost.py [--landing samples/landing] [--repeats 5]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _no_gate_run(landing: str, data: str) -> None:
    from pipeline import io, stages
    from pipeline.config import Settings

    settings = Settings(landing_dir=landing, data_dir=data)
    started = dt.datetime.now(dt.UTC)
    run_id = io.new_run_id(started)
    with stages.run_lock(settings):
        reports = [stages.prepare(settings, run_id)]
        found = stages.discover(settings, run_id, now=started)
        reports.append(found)
        reports += stages.process_batches(settings, stages.manifests(found), check=False)
        reports.append(stages.run_links(settings, run_id))
        stages.publish(settings, run_id, reports[1:], started_at=started)


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--landing", default="samples/landing")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--variant", choices=["no-gate"], help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant:
        _no_gate_run(args.landing, args.data)
        return
    newsdesk = str(Path(sys.executable).with_name("newsdesk"))
    times: dict[str, list[float]] = {"gate": [], "no-gate": []}
    with tempfile.TemporaryDirectory() as scratch:
        for _ in range(args.repeats):
            for variant in times:  # alternate, so drift on a noisy machine hits both alike
                data = Path(scratch) / variant
                shutil.rmtree(data, ignore_errors=True)
                if variant == "gate":
                    command = [newsdesk, "run", "--landing", args.landing, "--data-dir",
                               str(data), "--quiet"]  # fmt: skip
                else:
                    command = [sys.executable, __file__, "--variant", variant,
                               "--landing", args.landing, "--data", str(data)]  # fmt: skip
                times[variant].append(_timed(command))
    gate, bare = (statistics.median(times[v]) for v in ("gate", "no-gate"))
    print(f"landing {args.landing}, {args.repeats} runs each, median wall seconds")
    for variant, values in times.items():
        each = ", ".join(f"{v:.2f}" for v in values)
        print(f"  {variant:8} {statistics.median(values):7.2f} s  ({each})")
    print(f"  the gate adds {gate - bare:.2f} s: +{(gate - bare) / bare:.0%}")


if __name__ == "__main__":
    main()
