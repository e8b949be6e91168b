"""The benchmark's corpus is reused only while it is the corpus the parameters describe."""

from __future__ import annotations

from pathlib import Path

from pipeline import bench


def test_a_corpus_is_reused_until_files_are_added_to_it(tmp_path: Path) -> None:
    landing = tmp_path / "landing-30"
    made, _, reused = bench.ensure_corpus(landing, 30, seed=3)
    assert not reused and made.files == 30
    again, _, reused = bench.ensure_corpus(landing, 30, seed=3)
    assert reused and again.files == 30
    # what benchmarks/incremental.py does: new articles in a folder of their own
    (landing / "incoming-7").mkdir()
    (landing / "incoming-7" / "new.txt").write_text("Neu.", "utf-8")
    remade, _, reused = bench.ensure_corpus(landing, 30, seed=3)
    assert not reused and remade.files == 30
    assert not (landing / "incoming-7").exists()
    assert sum(1 for p in landing.rglob("*") if p.is_file()) == 30


def test_cpu_spent_before_the_sampler_started_is_not_counted() -> None:
    """The benchmark's process generates the corpus first: that CPU is not the run's."""
    import time

    from pipeline.bench import TreeSampler

    def burn(seconds: float) -> None:
        end = time.process_time() + seconds
        while time.process_time() < end:
            pass

    burn(0.5)
    with TreeSampler(interval=0.05) as sampler:
        burn(0.2)
    assert 0.15 <= sampler.cpu_seconds < 0.45


def test_cores_busy_tell_a_busy_phase_from_an_idle_one() -> None:
    """The per-phase cores column is what shows a phase leaving a core idle."""
    import time

    from pipeline.bench import TreeSampler

    with TreeSampler(interval=0.1) as sampler:
        started = time.perf_counter()
        end = time.process_time() + 0.5
        while time.process_time() < end:
            pass
        sampler.sample()  # at the boundary: the attribution is tested, not the thread's timing
        busy = time.perf_counter() - started
        time.sleep(0.5)
        sampler.sample()
        idle = time.perf_counter() - started - busy
    cores = sampler.cores(started, {"busy": busy, "idle": idle, "instant": 0.01})
    # CPU seconds, not cores: on a loaded machine the busy phase takes longer, not more CPU.
    assert abs(cores["busy"] * busy - 0.5) <= 0.1
    # The sampler's own thread (CPU times and RSS, the memory map now and then) is all the
    # idle phase has: ~0.02 CPU-s alone, up to ~0.1 on a loaded machine.
    assert cores["idle"] * idle <= 0.2
    assert "instant" not in cores  # shorter than two samples: not measured


def test_memory_peaks_between_periodic_pss_reads_are_caught() -> None:
    """PSS is read rarely (it costs the run CPU), so a jump in memory must trigger a read:
    with a PSS interval far longer than the test, only the RSS-high trigger can see it."""
    import time

    from pipeline.bench import TreeSampler

    with TreeSampler(interval=0.05, pss_interval=3600) as sampler:
        time.sleep(0.2)
        before = sampler.peak_total
        held = bytearray(200 << 20)  # 200 MB, touched (zeroed) so it is resident
        time.sleep(0.3)
        del held
        time.sleep(0.2)
    assert sampler.peak_total >= before + (150 << 20)
    # Steady memory asks for no PSS: the first and last reads, the jump, little else.
    assert sampler.pss_samples <= len(sampler.cpu_line) // 2
