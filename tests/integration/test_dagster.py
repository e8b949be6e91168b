"""The Dagster definitions: load cleanly, fill the warehouse exactly like the CLI, let a failed
blocking check stop the publish, and a sensor that fires once per new state of the landing."""

import json
import shutil
import warnings
from pathlib import Path

import pytest

dg = pytest.importorskip("dagster", reason="the dagster extra is not installed")

from builders import FAST_LANGUAGES, german_article  # noqa: E402
from dagster_duckdb import DuckDBResource  # noqa: E402
from test_cli import ARTICLES  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from pipeline import stages  # noqa: E402
from pipeline.cli import app  # noqa: E402
from pipeline.config import load_settings  # noqa: E402
from pipeline.warehouse import query  # noqa: E402

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
TEASER = (
    "Lieferverkehr in der Altstadt: Verwaltung prüft Zufahrtsregeln, Ladezonen und feste "
    "Zeitfenster für Paketdienste, Getränkehändler und Handwerksbetriebe im Zentrum\n"
    "Die Verwaltung will bis zum Herbst ein Konzept vorlegen, sagte ein Sprecher am Dienstag.\n"
)


def landing_with(root: Path, files: dict[str, str]) -> Path:
    landing = root / "landing"
    for name, text in files.items():
        (landing / name).parent.mkdir(parents=True, exist_ok=True)
        (landing / name).write_text(text, "utf-8")
    return landing


def write_config(root: Path) -> Path:
    config = root / "newsdesk.toml"
    config.write_text(f"languages = {json.dumps(FAST_LANGUAGES)}\n", "utf-8")
    return config


def materialize(landing: Path, data: Path, config: Path, *, strict: bool = False):
    from pipeline import dagster_defs

    settings = dagster_defs.NewsdeskSettings(
        config_file=str(config), landing_dir=str(landing), data_dir=str(data), strict=strict
    )
    return dg.materialize(
        [dagster_defs.processed, dagster_defs.quality_gate, dagster_defs.document_links,
         dagster_defs.published],
        resources={"newsdesk": settings,
                   "duckdb": DuckDBResource(database=str(data / "warehouse.duckdb"))},
        raise_on_error=False,
    )  # fmt: skip


def test_definitions_load_without_warnings() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        from pipeline.dagster_defs import defs

        dg.Definitions.validate_loadable(defs)
    relevant = [w for w in caught if "dagster" in str(w.filename) or "resource" in str(w.message)]
    assert relevant == []
    keys = {k.to_user_string() for k in defs.resolve_all_asset_keys()}
    assert keys == {"files", "raw_documents", "documents", "segments", "date_mentions",
                    "citations", "signatures", "link_buckets", "document_links", "dq_results",
                    "quarantine", "runs", "outlets"}  # fmt: skip
    assert {s.name for s in defs.schedules} == {"newsdesk_hourly"}
    assert {s.name for s in defs.sensors} == {"landing_sensor"}


TABLE_QUERIES = {
    "documents": "select content_sha256, document_id, version, title, language, body, "
    "published_local, published_precision, outlet_id, outlet_rule from documents order by 1",
    "segments": "select content_sha256, seq, kind, in_body, rule, language from segments "
    "order by 1, 2",
    "date_mentions": "select content_sha256, start, role, local from date_mentions order by 1, 2",
    "citations": "select content_sha256, start, source_id from citations order by 1, 2",
    "quarantine": "select source_path, reason, detail from quarantine order by 1",
    "document_links": "select a_content_sha256, b_content_sha256, similarity, kind "
    "from document_links order by 1, 2",
    "dq_results": "select table_name, expectation, success, unexpected_count from dq_results "
    "order by 1, 2",
}


def test_materialize_fills_the_warehouse_like_the_cli(tmp_path: Path) -> None:
    files = dict(ARTICLES) | {"de/teaser.txt": TEASER}
    if SEEDS.is_dir():
        files |= {p.name: p.read_text("utf-8") for p in SEEDS.glob("*.txt")}
    config = write_config(tmp_path)
    cli_landing = landing_with(tmp_path / "cli", files)
    dg_landing = landing_with(tmp_path / "dg", files)
    cli_data = str(tmp_path / "cli" / "data")
    cli = CliRunner().invoke(
        app, ["run", "--landing", str(cli_landing), "--data-dir", cli_data, "--config", str(config)]
    )
    assert cli.exit_code == 0, cli.output
    result = materialize(dg_landing, tmp_path / "dg" / "data", config)
    assert result.success
    cli_settings = load_settings(config, data_dir=tmp_path / "cli" / "data")
    dg_settings = load_settings(config, data_dir=tmp_path / "dg" / "data")
    for table, sql in TABLE_QUERIES.items():
        assert query(cli_settings, sql).to_pylist() == query(dg_settings, sql).to_pylist(), table
    runs = query(dg_settings, "select files_seen, documents, quarantined from runs").to_pylist()
    cli_runs = query(
        cli_settings, "select files_seen, documents, quarantined from runs"
    ).to_pylist()
    assert runs == cli_runs
    checks = {c.check_name: c for c in result.get_asset_check_evaluations()}
    failed = {name for name, c in checks.items() if not c.passed}
    assert failed == {"title_shorter_than_body"}  # the teaser, quarantined: shown, not blocking
    assert checks["title_shorter_than_body"].severity == dg.AssetCheckSeverity.WARN
    metadata = result.asset_materializations_for_node("processed")[0].metadata
    assert metadata["rows"].value > 0


def test_failing_blocking_check_stops_the_publish(tmp_path: Path) -> None:
    landing = landing_with(tmp_path, {"de/teaser.txt": TEASER, "de/ok.txt": german_article()})
    result = materialize(landing, tmp_path / "data", write_config(tmp_path), strict=True)
    failed = {c.check_name: c for c in result.get_asset_check_evaluations() if not c.passed}
    assert set(failed) == {"title_shorter_than_body"}
    assert failed["title_shorter_than_body"].severity == dg.AssetCheckSeverity.ERROR
    assert result.asset_materializations_for_node("published") == []
    settings = load_settings(data_dir=tmp_path / "data")
    assert query(settings, "select count(*) as n from runs").to_pylist() == [{"n": 0}]
    assert query(settings, "select count(*) as n from documents").to_pylist() == [{"n": 0}]


def test_sensor_fires_once_per_new_landing_state(tmp_path: Path) -> None:
    from pipeline.dagster_defs import NewsdeskSettings, landing_sensor

    landing = landing_with(tmp_path, {"de/ok.txt": german_article()})
    resources = {"newsdesk": NewsdeskSettings(landing_dir=str(landing),
                                              data_dir=str(tmp_path / "data"))}  # fmt: skip
    first = landing_sensor(dg.build_sensor_context(cursor=None, resources=resources))
    assert isinstance(first, dg.SensorResult) and len(first.run_requests) == 1
    same = landing_sensor(dg.build_sensor_context(cursor=first.cursor, resources=resources))
    assert isinstance(same, dg.SkipReason)
    shutil.copy(landing / "de" / "ok.txt", landing / "de" / "new.txt")
    again = landing_sensor(dg.build_sensor_context(cursor=first.cursor, resources=resources))
    assert isinstance(again, dg.SensorResult) and len(again.run_requests) == 1
    assert again.cursor != first.cursor


def test_run_ids_are_stable_within_a_dagster_run() -> None:
    from pipeline.dagster_defs import newsdesk_run_id

    class Run:
        run_id = "0f8fad5b-d9cb-469f-a165-70867728950e"

    class Fake:
        run = Run()

    assert newsdesk_run_id(Fake()) == newsdesk_run_id(Fake()) == "dg-0f8fad5bd9cb469f"
    assert stages.STAGING == "staging"
