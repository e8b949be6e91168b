"""The Airflow DAGs: integrity (imports, tags, retries, pools, Assets, a light parse) and an
end-to-end `dag.test()`: the warehouse fills, a second run publishes nothing, a new file is
picked up. Airflow runs in a subprocess with its own AIRFLOW_HOME and metadata DB."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("airflow", reason="the airflow extra is not installed")

from builders import english_article, seed_landing  # noqa: E402

from pipeline.config import load_settings  # noqa: E402
from pipeline.warehouse import query  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).parent / "airflow_scripts" / "run_dags.py"


@pytest.fixture(scope="module")
def airflow_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("airflow_home")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "NEWSDESK"))}
    env.update({
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "NEWSDESK_LANGUAGES": "de,en,fr",
        "NEWSDESK_SCHEDULE": "*/30 * * * *",
    })  # fmt: skip
    subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"], env=env, check=True,
                   capture_output=True, timeout=300)  # fmt: skip
    return env


def run_script(env: dict[str, str], *args: str) -> dict:
    done = subprocess.run([sys.executable, str(SCRIPT), *args], env=env, capture_output=True,
                          text=True, timeout=600)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_dag_integrity(airflow_env: dict[str, str]) -> None:
    result = run_script(airflow_env, "integrity")
    assert result["import_errors"] == {}
    assert result["parse_s"] < 1.0
    assert result["heavy_modules_at_parse"] == []
    ingest = result["dags"]["newsdesk_ingest"]
    assert ingest["tasks"] == [
        "discover", "link_documents", "process_batch", "publish", "quality_gate", "run_report",
    ]  # fmt: skip
    assert ingest["tags"] == ["newsdesk"] and ingest["doc_md"] and ingest["task_docs"]
    assert ingest["max_active_runs"] == 1 and ingest["catchup"] is False
    assert ingest["cron"] == "*/30 * * * *"  # NEWSDESK_SCHEDULE from the fixture
    assert all(ingest["retries"][t] >= 2 for t in ("discover", "process_batch", "publish"))
    assert ingest["pools"]["publish"] == "newsdesk_warehouse"
    assert {"documents", "segments", "runs", "quarantine", "dq_results"} <= set(
        ingest["outlets"]["publish"]
    )
    analytics = result["dags"]["newsdesk_analytics"]
    assert "documents" in analytics["schedule"].lower() or "asset" in analytics["schedule"].lower()


def test_dag_runs_end_to_end(airflow_env: dict[str, str], tmp_path: Path) -> None:
    """Batches of one file and at most two mapped tasks: the batches go in two groups (a
    large run must not exceed Airflow's max_map_length), and every file still publishes."""
    landing = seed_landing(tmp_path / "landing")
    extra = tmp_path / "extra-ferry.txt"
    extra.write_text(english_article(), "utf-8")
    articles = len(list(landing.glob("*.txt")))
    assert articles > 2
    env = {**airflow_env, "AIRFLOW__CORE__MAX_MAP_LENGTH": "2", "NEWSDESK_BATCH_SIZE": "1"}
    result = run_script(env, "runs", str(landing), str(tmp_path / "data"), str(extra))
    first, again, new_file = result["runs"]
    assert [r["state"] for r in result["runs"]] == ["success"] * 3
    assert first["mapped"] == 2
    assert first["report"]["documents"] == articles
    assert Path(first["report"]["report"]).is_file()  # run_report writes the HTML report
    assert again["report"].get("documents", 0) == 0
    assert again["report"]["files_unchanged"] == articles
    assert new_file["report"]["documents"] == 1
    settings = load_settings(data_dir=tmp_path / "data")
    count = query(settings, "select count(*) as n from documents").to_pylist()[0]["n"]
    assert count == articles + 1
    runs = query(settings, "select count(*) as n from runs").to_pylist()[0]["n"]
    assert runs == 3
