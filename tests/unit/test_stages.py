"""How a run's batch manifests are handed to an orchestrator's mapped task."""

from __future__ import annotations

import shutil

import pytest

from pipeline.stages import manifest_groups


def test_manifests_stay_one_per_group_while_they_fit() -> None:
    paths = [f"m{i}.json" for i in range(5)]
    assert manifest_groups(paths, 1024) == [[p] for p in paths]
    assert manifest_groups([], 1024) == []


@pytest.mark.parametrize(("count", "limit"), [(4000, 1024), (1025, 1024), (7, 3), (9, 3)])
def test_more_manifests_than_tasks_go_in_near_equal_groups_in_order(count: int, limit: int) -> None:
    paths = [f"m{i}.json" for i in range(count)]
    groups = manifest_groups(paths, limit)
    assert len(groups) == limit
    assert [p for group in groups for p in group] == paths
    sizes = {len(group) for group in groups}
    assert max(sizes) - min(sizes) <= 1


def test_a_limit_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="max_groups"):
        manifest_groups(["m.json"], 0)


@pytest.mark.parametrize(("batch_size", "workers"), [(1000, 2), (4, 2), (4, 3), (1000, 1)])
def test_discover_announces_work_exactly_when_the_run_will_use_the_workers(
    settings_for, batch_size: int, workers: int
) -> None:
    """``on_work`` starts the workers' server: a run that makes one batch (in the calling
    process) must not start it, and a run of two or more must, as soon as it can tell."""
    import datetime as dt
    from functools import partial

    from pipeline import io, stages

    settings = settings_for(batch_size=batch_size, workers=workers)
    threshold = stages.work_threshold(settings)
    for files in (threshold - 1, threshold):
        for old in settings.landing_dir.iterdir():
            old.unlink()
        for i in range(files):
            (settings.landing_dir / f"page-{i:04d}.txt").write_text(f"Seite {i}\n\nText {i}.")
        calls: list[int] = []
        run_id = io.new_run_id(dt.datetime.now(dt.UTC))
        stages.prepare(settings, run_id)
        found = stages.discover(settings, run_id, on_work=partial(calls.append, 1))
        uses_workers = len(stages.manifests(found)) > 1
        assert uses_workers == (files == threshold) or settings.worker_count == 1
        assert calls == ([1] if files == threshold else [])
        shutil.rmtree(settings.data_dir)
