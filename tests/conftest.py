"""Shared fixtures: every test runs with a clean environment and its own folders."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from builders import FAST_LANGUAGES

from pipeline.config import ENV_PREFIX, Settings, load_settings


def isolate_environment(mp: pytest.MonkeyPatch, home: Path) -> None:
    """Drop every NEWSDESK_* variable and point orchestrator homes at ``home``."""
    for name in list(os.environ):
        if name.startswith(ENV_PREFIX):
            mp.delenv(name)
    for name in ("AIRFLOW_HOME", "DAGSTER_HOME"):
        folder = home / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        mp.setenv(name, str(folder))


@pytest.fixture(autouse=True)
def _isolated_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    isolate_environment(monkeypatch, tmp_path_factory.mktemp("homes"))


@pytest.fixture
def landing(tmp_path: Path) -> Path:
    """An empty landing folder."""
    folder = tmp_path / "landing"
    folder.mkdir()
    return folder


@pytest.fixture
def settings_for(tmp_path: Path) -> Callable[..., Settings]:
    """Build validated settings rooted in ``tmp_path``; keyword arguments override."""

    def build(**overrides: object) -> Settings:
        overrides.setdefault("landing_dir", tmp_path / "landing")
        overrides.setdefault("data_dir", tmp_path / "data")
        overrides.setdefault("languages", FAST_LANGUAGES)
        Path(overrides["landing_dir"]).mkdir(parents=True, exist_ok=True)
        return load_settings(**overrides)

    return build
