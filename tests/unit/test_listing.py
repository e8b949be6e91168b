"""Listing the landing folder in two processes gives the listing of one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline import listing


def _tree(root: Path) -> None:
    """Root files, hidden entries, nested folders of uneven sizes, an empty folder and a
    symlink (not followed)."""
    (root / "top.txt").write_text("at the root")
    (root / ".hidden.txt").write_text("skipped")
    (root / ".cache").mkdir()
    (root / ".cache" / "x.txt").write_text("skipped")
    for number, name in enumerate(["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta"]):
        for depth in range(1 + number % 3):
            folder = root / name / "/".join(f"d{d}" for d in range(depth))
            folder.mkdir(parents=True, exist_ok=True)
            for i in range(number + 1):
                (folder / f"page-{i}.txt").write_text(f"{name} {depth} {i}" * (i + 1))
    (root / "empty").mkdir()
    os.symlink(root / "alpha", root / "alias")


def _rows(landing: Path, split_after: int | None) -> tuple[list, list]:
    rows, errors = [], []
    for paths, sizes, mtimes, chunk_errors in listing.list_landing_columns(
        landing, split_after=split_after
    ):
        rows += zip(paths, sizes, mtimes, strict=True)
        errors += chunk_errors
    return sorted(rows), errors


@pytest.fixture
def helpers(monkeypatch: pytest.MonkeyPatch) -> list[listing._Helper]:
    started: list[listing._Helper] = []

    class Recorded(listing._Helper):
        def __init__(self, landing: Path, tops: list[str]) -> None:
            super().__init__(landing, tops)
            started.append(self)

    monkeypatch.setattr(listing, "_Helper", Recorded)
    return started


def test_a_split_listing_lists_what_one_process_lists(
    tmp_path: Path, helpers: list[listing._Helper]
) -> None:
    _tree(tmp_path)
    alone, alone_errors = _rows(tmp_path, None)
    assert not helpers
    split, split_errors = _rows(tmp_path, 1)
    assert len(helpers) == 1 and len(helpers[0].folders) >= 2  # the helper walked some folders
    assert split == alone and split_errors == alone_errors == []
    assert ("top.txt", 11, (tmp_path / "top.txt").stat().st_mtime_ns) in split
    assert not any(path.startswith((".", "alias/")) for path, _, _ in split)
    assert len(alone) == 1 + sum((n + 1) * (1 + n % 3) for n in range(7))


def test_a_small_folder_is_listed_in_one_process(
    tmp_path: Path, helpers: list[listing._Helper]
) -> None:
    _tree(tmp_path)
    _rows(tmp_path, 10_000)
    assert not helpers


def test_a_failed_helper_leaves_its_folders_to_this_process(
    tmp_path: Path, helpers: list[listing._Helper], monkeypatch: pytest.MonkeyPatch
) -> None:
    _tree(tmp_path)
    alone, _ = _rows(tmp_path, None)
    monkeypatch.setattr(listing, "HELPER_MODULE", "pipeline.no_such_module")
    split, errors = _rows(tmp_path, 1)
    assert helpers and helpers[0].records() is None  # it failed ...
    assert split == alone and errors == []  # ... and nothing is missing


def test_the_helper_reports_what_it_cannot_list(tmp_path: Path) -> None:
    _tree(tmp_path)
    helper = listing._Helper(tmp_path, ["beta", "vanished"])
    try:
        records = helper.records()
        assert records is not None
        columns = list(records)
    finally:
        helper.close()
    paths = sorted(path for folder in columns for path in folder[0])
    assert paths == ["beta/d0/page-0.txt", "beta/d0/page-1.txt", "beta/page-0.txt",
                     "beta/page-1.txt"]  # fmt: skip
    errors = [error for folder in columns for error in folder[3]]
    assert [e.source_path for e in errors] == ["vanished"]
    assert errors[0].detail.startswith("cannot list folder")


def test_a_helper_that_cannot_start_leaves_the_walk_to_this_process(
    tmp_path: Path, helpers: list[listing._Helper], monkeypatch: pytest.MonkeyPatch
) -> None:
    _tree(tmp_path)
    alone, _ = _rows(tmp_path, None)
    monkeypatch.setattr(listing.sys, "executable", str(tmp_path / "no-such-python"))
    split, errors = _rows(tmp_path, 1)
    assert not helpers  # it never started ...
    assert split == alone and errors == []  # ... and the walk went on here


def test_a_folder_under_one_top_level_folder_is_split_further_down(
    tmp_path: Path, helpers: list[listing._Helper]
) -> None:
    """Landing folders are often one folder a year: the helper takes folders still to enter
    wherever the walk is, not only top-level ones."""
    for month in range(1, 7):
        for day in range(1, 4):
            folder = tmp_path / "2026" / f"{month:02d}" / f"{day:02d}"
            folder.mkdir(parents=True)
            for i in range(day):
                (folder / f"{i}.txt").write_text(f"{month} {day} {i}")
    alone, _ = _rows(tmp_path, None)
    split, errors = _rows(tmp_path, 1)
    assert helpers and all(f.startswith("2026/") for f in helpers[0].folders)
    assert split == alone and errors == [] and len(alone) == 6 * (1 + 2 + 3)


def test_the_landing_fingerprint_does_not_depend_on_the_split(
    tmp_path: Path, helpers: list[listing._Helper], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline import stages
    from pipeline.config import Settings

    landing = tmp_path / "landing"
    landing.mkdir()
    _tree(landing)
    one = Settings(landing_dir=landing, data_dir=tmp_path / "data", workers=1)
    two = Settings(landing_dir=landing, data_dir=tmp_path / "data", workers=2)
    monkeypatch.setattr(stages, "SPLIT_AFTER_FILES", 1)
    alone = stages.landing_fingerprint(one)
    assert not helpers
    assert stages.landing_fingerprint(two) == alone and helpers  # split, same fingerprint
    os.utime(landing / "beta" / "page-0.txt", ns=(1, 1))
    changed = stages.landing_fingerprint(two)
    assert changed[0] != alone[0] and changed[1] == alone[1]
