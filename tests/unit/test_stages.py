"""How a run's batch manifests are handed to an orchestrator's mapped task."""

from __future__ import annotations

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
