"""``newsdesk bench``: the full pipeline on a synthetic corpus, measured.

A benchmark run generates (or reuses) a synthetic landing folder (``pipeline.synth``), runs the
whole pipeline into a fresh data folder exactly as ``newsdesk run`` does, then runs it again
over the same folder (the no-op rerun). While it runs, a sampler thread reads the memory and
CPU time of this process and every process below it (batch workers included), so the figures
are those of the whole job, not of the parent alone. Speed is measured here and reported;
nothing asserts it.
"""

from __future__ import annotations

import json
import math
import os
import platform
import shutil
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psutil

from pipeline import __version__, stages, synth
from pipeline.config import Settings

PHASES = ("prepare", "discover", "batches", "quality", "links", "publish")


@dataclass
class BenchResult:
    """Everything a benchmark measured; ``to_dict`` is the ``--json`` document."""

    docs: int
    corpus_bytes: int
    corpus_kinds: dict[str, int]
    generate_seconds: float
    workers: int
    batch_size: int
    seconds: float
    phases: dict[str, float]
    documents: int
    quarantined: int
    links: int
    peak_pss_mb: float
    phase_peak_pss_mb: dict[str, float]
    phase_cores_busy: dict[str, float]
    peak_process_rss_mb: float
    cpu_seconds: float
    noop_seconds: float
    noop_peak_pss_mb: float
    noop_counts: dict[str, int]
    machine: dict[str, Any] = field(default_factory=dict)
    commit: str | None = None
    sampling: dict[str, float] = field(default_factory=dict)  # how memory and CPU were read

    @property
    def docs_per_second(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["docs_per_second"] = round(self.docs_per_second, 1)
        data["mb_per_second"] = round(self.corpus_bytes / 1e6 / self.seconds, 2)
        data["cores_used"] = round(self.cpu_seconds / self.seconds, 2)
        data["phase_docs_per_second"] = {
            name: round(self.docs / seconds, 1) if seconds > 0 else None
            for name, seconds in self.phases.items()
        }
        return data


class TreeSampler:
    """Peak memory and CPU time of this process and all its descendants.

    The total is the sum of proportional set sizes (PSS: a page shared by n processes counts
    1/n in each), so forked workers sharing the parent's pages are not counted twice, as a
    plain RSS sum would; the largest single process is reported by RSS.

    Reading a process's PSS makes the kernel walk its page tables: ~43 ms of CPU for the six
    processes of a run's batches phase, so reading it every 0.2 s took a fifth of a core
    from the run being measured (and counted it as the run's CPU). CPU times and RSS (cheap)
    are read every ``interval``; PSS every ``pss_interval``, and also whenever the RSS total
    reaches a new high (by ``RSS_STEP``), when a new peak is most likely."""

    RSS_STEP = 8 << 20

    def __init__(self, interval: float = 0.2, pss_interval: float = 1.0) -> None:
        self.interval = interval
        self.pss_interval = pss_interval
        self.peak_total = 0
        self.peak_single = 0
        self.pss_samples = 0
        self._pss_at = -math.inf
        self._rss_high = 0  # the highest RSS total seen at a PSS sample
        self._cpu: dict[tuple[int, float], float] = {}  # (pid, create time) -> cpu seconds
        # What the processes had used before the sampler started (this process: generating
        # the corpus, an earlier run) is not the measured run's.
        self._cpu_before: dict[tuple[int, float], float] = {}
        self.timeline: list[tuple[float, int]] = []  # (perf_counter, PSS total) of PSS samples
        self.cpu_line: list[tuple[float, float]] = []  # (perf_counter, CPU seconds so far)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeSampler:
        self.sample(pss=True)
        self._cpu_before = dict(self._cpu)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample(pss=True)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def sample(self, *, pss: bool | None = None) -> None:
        """CPU and RSS of every process of the tree; their PSS too when ``pss`` (by default:
        when ``pss_interval`` has passed or the RSS total is at a new high)."""
        me = psutil.Process()
        seen: list[tuple[psutil.Process, int]] = []
        for process in [me, *me.children(recursive=True)]:
            try:
                with process.oneshot():
                    rss = process.memory_info().rss
                    times = process.cpu_times()
                    key = (process.pid, process.create_time())
            except psutil.Error:
                continue
            seen.append((process, rss))
            self.peak_single = max(self.peak_single, rss)
            self._cpu[key] = times.user + times.system
        now = time.perf_counter()
        self.cpu_line.append((now, sum(self._cpu.values())))  # only differences are used
        rss_total = sum(rss for _, rss in seen)
        if pss is None:
            pss = (now - self._pss_at >= self.pss_interval
                   or rss_total > self._rss_high + self.RSS_STEP)  # fmt: skip
        if not pss:
            return
        total = 0
        for process, rss in seen:
            try:
                total += getattr(process.memory_full_info(), "pss", rss)
            except psutil.Error:
                continue
        self.pss_samples += 1
        self._pss_at = now
        self._rss_high = max(self._rss_high, rss_total)
        self.peak_total = max(self.peak_total, total)
        self.timeline.append((now, total))

    def peaks(self, started: float, phases: dict[str, float]) -> dict[str, int]:
        """Peak total memory within each phase (phases are consecutive from ``started``)."""
        out, begin = {}, started
        for name, seconds in phases.items():
            end = begin + seconds
            inside = [total for at, total in self.timeline if begin <= at <= end + self.interval]
            if inside:  # a phase shorter than the PSS interval may fall between two samples
                out[name] = max(inside)
            begin = end
        return out

    def cores(self, started: float, phases: dict[str, float]) -> dict[str, float]:
        """Cores busy on average within each phase (CPU seconds of all processes over the
        phase's wall seconds), from the samples at or before its ends: which phase leaves a
        core idle. A process's CPU after its last sample (at most one interval) is missed."""

        def cpu_at(moment: float) -> float:
            before = [cpu for at, cpu in self.cpu_line if at <= moment]
            return before[-1] if before else 0.0

        out, begin = {}, started
        for name, seconds in phases.items():
            end = begin + seconds
            if seconds >= 2 * self.interval:  # shorter phases fall between two samples
                out[name] = round((cpu_at(end) - cpu_at(begin)) / seconds, 2)
            begin = end
        return out

    @property
    def cpu_seconds(self) -> float:
        return sum(cpu - self._cpu_before.get(key, 0.0) for key, cpu in self._cpu.items())


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    memory = psutil.virtual_memory().total
    return {
        "cpus": len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count(),
        "cpu_model": _cpu_model(),
        "memory_gb": round(memory / 2**30, 1),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "newsdesk": __version__,
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _commit() -> str | None:
    import subprocess

    try:
        found = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parent,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return found.stdout.strip() or None


def ensure_corpus(
    landing: Path, docs: int, seed: int, exact_share: float = synth.EXACT_SHARE
) -> tuple[synth.SynthReport, float, bool]:
    """The synthetic corpus of ``docs`` pages at ``landing``; one made before with the same
    parameters is reused (its report is kept beside it) unless its top-level folders changed:
    ``benchmarks/incremental.py`` adds new articles to a landing folder in a folder of their
    own, and a benchmark over them would measure another corpus. Returns (report, seconds,
    reused)."""
    marker = landing.parent / f".{landing.name}.json"
    wanted = {"docs": docs, "seed": seed, "exact_share": exact_share,
              "generator": synth.GENERATOR_VERSION}  # fmt: skip
    if marker.exists() and landing.is_dir():
        saved = json.loads(marker.read_text("utf-8"))
        if saved.get("spec") == wanted and saved.get("folders") == _folders(landing):
            kept = saved["report"]
            report = synth.SynthReport(kept["files"], kept["bytes"], Counter(kept["kinds"]),
                                       Counter(kept["languages"]))  # fmt: skip
            return report, saved["seconds"], True
    shutil.rmtree(landing, ignore_errors=True)
    started = time.perf_counter()
    report = synth.generate(landing, docs, seed=seed, exact_share=exact_share)
    seconds = time.perf_counter() - started
    saved = {"files": report.files, "bytes": report.bytes, "kinds": dict(report.kinds),
             "languages": dict(report.languages)}  # fmt: skip
    marker.write_text(json.dumps({"spec": wanted, "report": saved, "seconds": seconds,
                                  "folders": _folders(landing)}))  # fmt: skip
    return report, seconds, False


def _folders(landing: Path) -> list[str]:
    return sorted(entry.name for entry in os.scandir(landing))


def run(
    settings: Settings,
    docs: int,
    *,
    workdir: Path,
    seed: int = 0,
    exact_share: float = synth.EXACT_SHARE,
    profile: Path | None = None,
) -> BenchResult:
    """Generate (or reuse) the corpus under ``workdir``, run the pipeline on it into a fresh
    data folder, then rerun it unchanged. With ``profile``, the first run is profiled with
    pyinstrument (one process, so the profile sees every step) and saved there as HTML and
    text."""
    suffix = "" if exact_share == synth.EXACT_SHARE else f"-exact{exact_share:g}"
    landing = workdir / f"landing-{docs}{suffix}"
    corpus, generate_seconds, _ = ensure_corpus(landing, docs, seed, exact_share)
    data = workdir / f"data{suffix}"
    shutil.rmtree(data, ignore_errors=True)
    settings = settings.model_copy(
        update={"landing_dir": landing, "data_dir": data, "warehouse": None}
    )
    if profile is not None:
        settings = settings.model_copy(update={"workers": 1})
    with TreeSampler() as sampler:
        started = time.perf_counter()
        if profile is not None:
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.005)
            profiler.start()
            report = stages.run_all(settings)
            profiler.stop()
            profile.parent.mkdir(parents=True, exist_ok=True)
            profile.with_suffix(".html").write_text(profiler.output_html(), "utf-8")
            profile.with_suffix(".txt").write_text(
                profiler.output_text(unicode=True, show_all=False), "utf-8"
            )
        else:
            report = stages.run_all(settings)
    with TreeSampler() as noop_sampler:
        noop = stages.run_all(settings)
    counts = report.counts
    links = sum(v for k, v in counts.items() if k.startswith("links_"))
    return BenchResult(
        docs=docs,
        corpus_bytes=corpus.bytes,
        corpus_kinds=dict(corpus.kinds),
        generate_seconds=round(generate_seconds, 2),
        workers=settings.worker_count,
        batch_size=settings.batch_size,
        seconds=round(report.seconds, 2),
        phases={name: round(report.phases.get(name, 0.0), 2) for name in PHASES},
        documents=counts.get("documents", 0),
        quarantined=counts.get("quarantined", 0),
        links=links,
        peak_pss_mb=round(sampler.peak_total / 2**20, 1),
        phase_peak_pss_mb={
            name: round(value / 2**20, 1)
            for name, value in sampler.peaks(started, report.phases).items()
        },
        phase_cores_busy=sampler.cores(started, report.phases),
        peak_process_rss_mb=round(sampler.peak_single / 2**20, 1),
        cpu_seconds=round(sampler.cpu_seconds, 1),
        noop_seconds=round(noop.seconds, 2),
        noop_peak_pss_mb=round(noop_sampler.peak_total / 2**20, 1),
        noop_counts={
            key: noop.counts.get(key, 0)
            for key in ("files_seen", "files_unchanged", "files_to_process", "documents")
        },
        machine=machine(),
        commit=_commit(),
        sampling={
            "interval_s": sampler.interval,
            "pss_interval_s": sampler.pss_interval,
            "samples": len(sampler.cpu_line),
            "pss_samples": sampler.pss_samples,
        },
    )
