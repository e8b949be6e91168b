"""The production compose file renders with an .env the user writes, and refuses to render
without its secrets (none are baked in). Validated with `docker compose config`, which needs
no engine; Compose v1 (`docker-compose`) is used where v2 is missing."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

DOCKER = Path(__file__).resolve().parents[2] / "docker"
SERVICES = {"postgres", "redis", "airflow-init", "api-server", "scheduler", "dag-processor",
            "worker"}  # fmt: skip


def compose() -> list[str]:
    if shutil.which("docker") and subprocess.run(
        ["docker", "compose", "version"], capture_output=True
    ).returncode == 0:  # fmt: skip
        return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    message = "neither `docker compose` nor `docker-compose` is installed"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"required under CI: {message}")
    pytest.skip(message)


def render(env_file: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*compose(), "-f", str(DOCKER / "compose.yaml"), "--env-file", str(env_file), *extra,
         "config"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_compose_renders_with_the_users_env(tmp_path: Path) -> None:
    example = (DOCKER / ".env.example").read_text("utf-8")
    filled = example.replace("POSTGRES_PASSWORD=\n", "POSTGRES_PASSWORD=pg-secret\n")
    filled = filled.replace("AIRFLOW_ADMIN_PASSWORD=\n", "AIRFLOW_ADMIN_PASSWORD=ui-secret\n")
    filled = filled.replace("AIRFLOW_JWT_SECRET=\n", "AIRFLOW_JWT_SECRET=jwt-secret\n")
    env_file = tmp_path / ".env"
    env_file.write_text(filled, "utf-8")
    done = render(env_file, "--profile", "celery")
    assert done.returncode == 0, done.stderr
    for service in SERVICES:
        assert f"  {service}:" in done.stdout
    assert "postgresql+psycopg2://airflow:pg-secret@postgres:5432/airflow" in done.stdout
    assert "/data/landing:ro" in done.stdout  # raw files are never written


def test_compose_refuses_to_render_without_secrets(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text((DOCKER / ".env.example").read_text("utf-8"), "utf-8")
    done = render(env_file)
    assert done.returncode != 0
    assert "set POSTGRES_PASSWORD" in done.stderr or "set AIRFLOW" in done.stderr


def test_image_builds_on_the_official_airflow_image() -> None:
    dockerfile = (DOCKER / "Dockerfile").read_text("utf-8")
    assert "FROM apache/airflow:${AIRFLOW_VERSION}-python3.11" in dockerfile
    assert "ARG AIRFLOW_VERSION=3.3.2" in dockerfile
    assert "COPY --chown=airflow:root dags /opt/airflow/dags" in dockerfile
