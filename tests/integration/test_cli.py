"""The ``newsdesk`` CLI end to end on temporary folders."""

from __future__ import annotations

import json
import os
import random
from dataclasses import dataclass
from pathlib import Path

import pytest
from builders import (
    DE_WEATHER_PARAGRAPHS,
    DE_WEATHER_TITLE,
    FAST_LANGUAGES,
    article,
    english_article,
    german_article,
)
from conftest import isolate_environment
from typer.testing import CliRunner, Result

from pipeline import io
from pipeline.cli import app

ARTICLES = {
    "de/turnhalle.txt": german_article(
        header_lines=["Lokales", "12.03.2024, 07:15 Uhr"], footer_lines=["© 2024 ZDF"]
    ),
    "de/wetter.txt": article(DE_WEATHER_TITLE, DE_WEATHER_PARAGRAPHS),
    "en/ferry.txt": english_article(footer_lines=["© 2024 BBC"]),
}
BINARY = bytes(random.Random(3).randrange(256) for _ in range(3000)) + b"\x00" * 16
SUBCOMMANDS = {
    "run": ["--landing", "--data-dir", "--batch-size", "--max-file-bytes", "--json"],
    "query": ["--format", "--limit", "--data-dir"],
    "checks": ["--data-dir", "--warehouse", "--config"],
    "eval": ["--config", "--json"],
    "quarantine": ["list", "show"],
    "quarantine list": ["--json", "--data-dir"],
    "quarantine show": ["quarantine_id", "--data-dir"],
}

runner = CliRunner()
WIDE = {"COLUMNS": "200", "TERMINAL_WIDTH": "200"}


def flat(text: str) -> str:
    """Rich wraps messages (even inside long paths) at the console width: compare texts
    with all white space removed."""
    return "".join(text.split())


def says(output: str, *phrases: str) -> bool:
    return all(flat(phrase) in flat(output) for phrase in phrases)


@dataclass
class Desk:
    """A landing folder, a data folder and a config file, driven through the CLI."""

    landing: Path
    data: Path
    config: Path

    def invoke(self, *args: str, env: dict[str, str] | None = None) -> Result:
        return runner.invoke(app, list(args), env=env)

    def run(self, *extra: str) -> dict:
        result = self.invoke(
            "run",
            "--landing",
            str(self.landing),
            "--data-dir",
            str(self.data),
            "--config",
            str(self.config),
            "--json",
            *extra,
        )
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    def query(self, sql: str) -> list[dict]:
        result = self.invoke("query", sql, "--data-dir", str(self.data), "--format", "json")
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)


def make_desk(root: Path) -> Desk:
    landing = root / "landing"
    for name, text in ARTICLES.items():
        (landing / name).parent.mkdir(parents=True, exist_ok=True)
        (landing / name).write_text(text, "utf-8")
    (landing / "leer.txt").write_bytes(b"")
    (landing / "bild.bin").write_bytes(BINARY)
    config = root / "newsdesk.toml"
    config.write_text(f"languages = {json.dumps(FAST_LANGUAGES)}\n", "utf-8")
    return Desk(landing, root / "data", config)


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    return make_desk(tmp_path)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Desk, dict]:
    """One published run shared by the read-only tests of this module."""
    root = tmp_path_factory.mktemp("published")
    with pytest.MonkeyPatch.context() as mp:
        isolate_environment(mp, root)
        desk = make_desk(root)
        report = desk.run()
    return desk, report


def test_first_run_publishes_articles_and_quarantines_the_rest(
    published: tuple[Desk, dict],
) -> None:
    desk, report = published
    counts = report["counts"]
    assert counts["files_seen"] == 5
    assert counts["files_new"] == 5
    assert counts["documents"] == 3
    assert counts["quarantined"] == 2
    assert counts["quarantined_empty"] == 1
    assert counts["quarantined_binary"] == 1
    assert counts["failed_checks"] == 0
    assert report["warehouse"] == str(desk.data / "warehouse.duckdb")
    assert [s["stage"] for s in report["stages"]] == [
        "prepare",
        "discover",
        "batch",
        "check",  # the gate checks each batch as it finishes
        "quality",
        "links",
        "publish",
    ]
    assert report["run_id"]


def test_query_returns_rows_as_json(published: tuple[Desk, dict]) -> None:
    desk, report = published
    rows = desk.query(
        "select source_path, language, outlet_id, published_local, version, run_id "
        "from documents order by source_path"
    )
    assert [row["source_path"] for row in rows] == sorted(ARTICLES)
    by_path = {row["source_path"]: row for row in rows}
    assert by_path["de/turnhalle.txt"]["language"] == "de"
    assert by_path["de/turnhalle.txt"]["outlet_id"] == "zdf"
    assert by_path["de/turnhalle.txt"]["published_local"] == "2024-03-12T07:15"
    assert by_path["en/ferry.txt"]["language"] == "en"
    assert by_path["en/ferry.txt"]["outlet_id"] == "bbc"
    assert {row["version"] for row in rows} == {1}
    assert {row["run_id"] for row in rows} == {report["run_id"]}


@pytest.mark.parametrize("fmt", ["csv", "table"], ids=["csv", "table"])
def test_query_other_formats(published: tuple[Desk, dict], fmt: str) -> None:
    desk, _ = published
    result = desk.invoke(
        "query", "select count(*) as n from documents", "--data-dir", str(desk.data), "-f", fmt
    )
    assert result.exit_code == 0, result.output
    assert "n" in result.stdout and "3" in result.stdout


def test_query_with_bad_sql_fails_cleanly(published: tuple[Desk, dict]) -> None:
    desk, _ = published
    result = desk.invoke("query", "select * from no_such_view", "--data-dir", str(desk.data))
    assert result.exit_code == 1
    assert "query failed" in result.output


def test_query_is_read_only(published: tuple[Desk, dict]) -> None:
    desk, _ = published
    result = desk.invoke("query", "drop view documents", "--data-dir", str(desk.data))
    assert result.exit_code == 1
    assert len(desk.query("select * from documents")) == 3


def test_quarantine_list_shows_reasons(published: tuple[Desk, dict]) -> None:
    desk, _ = published
    result = desk.invoke("quarantine", "list", "--data-dir", str(desk.data), "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {row["source_path"]: row["reason"] for row in rows} == {
        "leer.txt": "empty",
        "bild.bin": "binary",
    }
    assert all(row["stage"] == "ingest" for row in rows)


def test_quarantine_show(published: tuple[Desk, dict]) -> None:
    desk, _ = published
    rows = json.loads(
        desk.invoke("quarantine", "list", "--data-dir", str(desk.data), "--json").stdout
    )
    binary = next(row for row in rows if row["reason"] == "binary")
    result = desk.invoke(
        "quarantine", "show", binary["quarantine_id"], "--data-dir", str(desk.data)
    )
    assert result.exit_code == 0, result.output
    assert "bild.bin" in result.stdout
    assert "binary" in result.stdout
    assert f"({len(BINARY)} bytes kept)" in result.stdout  # the raw bytes are preserved

    missing = desk.invoke("quarantine", "show", "nope", "--data-dir", str(desk.data))
    assert missing.exit_code == 1
    assert "no quarantine row" in missing.output


def test_quarantine_list_table(published: tuple[Desk, dict]) -> None:
    desk, _ = published
    result = desk.invoke("quarantine", "list", "--data-dir", str(desk.data))
    assert result.exit_code == 0, result.output
    assert "2 quarantined" in result.stdout


def test_checks_pass(published: tuple[Desk, dict]) -> None:
    desk, _ = published
    result = desk.invoke("checks", "--data-dir", str(desk.data))
    assert result.exit_code == 0, result.output
    assert result.stdout.count("pass") == 5
    assert "FAIL" not in result.stdout
    assert "assert_unique_document_versions" in result.stdout
    assert "assert_unique_content_hashes" in result.stdout


def test_second_run_processes_nothing(desk: Desk) -> None:
    desk.run()
    counts = desk.run()["counts"]
    assert counts["files_seen"] == 5
    assert counts["files_unchanged"] == counts["files_seen"]
    assert counts.get("documents", 0) == 0
    assert counts.get("files_new", 0) == 0
    assert counts["files_to_process"] == 0
    assert len(desk.query("select * from documents")) == 3
    assert len(desk.query("select * from runs")) == 2


def test_touched_file_adds_no_document(desk: Desk) -> None:
    desk.run()
    path = desk.landing / "de" / "wetter.txt"
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 86_400 * 10**9))

    counts = desk.run()["counts"]
    assert counts["files_touched"] == 1
    assert counts["files_unchanged"] == counts["files_seen"] == 5
    assert counts.get("documents", 0) == 0
    assert len(desk.query("select * from documents")) == 3
    status = desk.query("select status from files where source_path = 'de/wetter.txt'")
    assert sorted(row["status"] for row in status) == ["new", "touched"]

    # The new mtime is remembered: the next run skips the file on stat alone.
    counts = desk.run()["counts"]
    assert counts.get("files_touched", 0) == 0
    assert counts["files_unchanged"] == 5


def test_changed_file_adds_a_version(desk: Desk) -> None:
    desk.run()
    path = desk.landing / "de" / "wetter.txt"
    path.write_text(
        article(
            DE_WEATHER_TITLE,
            (
                *DE_WEATHER_PARAGRAPHS,
                "Am Montagmorgen waren alle Straßen im Talgrund wieder frei "
                "befahrbar, teilte die Gemeindeverwaltung auf ihrer Internetseite mit.",
            ),
        ),
        "utf-8",
    )

    counts = desk.run()["counts"]
    assert counts["files_changed"] == 1
    assert counts["documents"] == 1

    document_id = io.document_id_for("de/wetter.txt")
    versions = desk.query(
        f"select version, body from documents where document_id = '{document_id}' order by version"
    )
    assert [row["version"] for row in versions] == [1, 2]
    assert "Montagmorgen" in versions[1]["body"]
    assert "Montagmorgen" not in versions[0]["body"]

    current = desk.query("select document_id, version from documents_current")
    assert len(current) == 3
    assert len({row["document_id"] for row in current}) == 3
    assert {row["version"] for row in current if row["document_id"] == document_id} == {2}
    assert desk.invoke("checks", "--data-dir", str(desk.data)).exit_code == 0


def test_reverted_file_does_not_duplicate_a_content_version(desk: Desk) -> None:
    desk.run()
    path = desk.landing / "de" / "wetter.txt"
    original = path.read_text("utf-8")
    path.write_text(
        original + "\nNachtrag: Die Feuerwehr hat ihren Einsatz beendet und "
        "bedankt sich bei allen Helferinnen und Helfern im Ort.\n",
        "utf-8",
    )
    desk.run()
    path.write_text(original, "utf-8")
    desk.run()

    duplicates = desk.query(
        "select content_sha256, count(*) as n from documents group by all having n > 1"
    )
    assert duplicates == []
    assert desk.invoke("checks", "--data-dir", str(desk.data)).exit_code == 0


def test_new_file_is_picked_up(desk: Desk) -> None:
    desk.run()
    extra = desk.landing / "en" / "harbour-2.txt"
    extra.write_text(
        article(
            "Westmere council approves new waterfront parking",
            (
                "Councillors in Westmere voted on Thursday to open a temporary car park on the "
                "old railway land while the ferry terminal is closed for repairs this summer.",
                "The car park will offer about two hundred spaces and a shuttle to the bus stops, "
                "and it will be free of charge for residents who register their vehicles online.",
            ),
        ),
        "utf-8",
    )
    counts = desk.run()["counts"]
    assert counts["files_new"] == 1
    assert counts["files_unchanged"] == 5
    assert counts["documents"] == 1
    rows = desk.query("select source_path, language from documents where source_path like 'en/%'")
    assert sorted(row["source_path"] for row in rows) == ["en/ferry.txt", "en/harbour-2.txt"]
    assert {row["language"] for row in rows} == {"en"}


def test_copy_of_known_content_is_a_duplicate(desk: Desk) -> None:
    desk.run()
    (desk.landing / "kopie.txt").write_text(ARTICLES["de/wetter.txt"], "utf-8")
    counts = desk.run()["counts"]
    assert counts["files_duplicate"] == 1
    assert counts.get("documents", 0) == 0
    rows = desk.query("select status, duplicate_of from files where source_path = 'kopie.txt'")
    assert [row["status"] for row in rows] == ["duplicate"]
    assert rows[0]["duplicate_of"]


def test_oversize_file_is_quarantined_without_content(desk: Desk) -> None:
    report = desk.run("--max-file-bytes", "100")
    counts = report["counts"]
    assert counts.get("documents", 0) == 0
    assert counts["quarantined_too_large"] == 4  # every article and the binary file
    rows = desk.query(
        "select source_path, reason, detail, content, content_sha256 from quarantine "
        "where reason = 'too_large' order by source_path"
    )
    assert [row["source_path"] for row in rows] == sorted([*ARTICLES, "bild.bin"])
    assert all(row["content"] is None for row in rows)
    assert all(row["content_sha256"] for row in rows)
    assert all("max_file_bytes=100" in row["detail"] for row in rows)
    reasons = {row["reason"] for row in desk.query("select reason from quarantine")}
    assert reasons == {"too_large", "empty"}  # the empty file is under the cap


def test_small_batches_give_the_same_result(desk: Desk) -> None:
    report = desk.run("--batch-size", "2")
    assert report["counts"]["batches"] == 3
    assert [s["stage"] for s in report["stages"]].count("batch") == 3
    assert report["counts"]["documents"] == 3
    assert len(desk.query("select * from documents_current")) == 3


def test_help_of_app_and_every_subcommand() -> None:
    result = runner.invoke(app, ["--help"], env=WIDE)
    assert result.exit_code == 0, result.output
    for name in ("run", "query", "checks", "eval", "quarantine", "--version"):
        assert name in result.stdout
    for command, options in SUBCOMMANDS.items():
        result = runner.invoke(app, [*command.split(), "--help"], env=WIDE)
        assert result.exit_code == 0, (command, result.output)
        for option in options:
            assert option in result.stdout, (command, option)


def test_help_shows_environment_variables_and_defaults() -> None:
    result = runner.invoke(app, ["run", "--help"], env=WIDE)
    assert result.exit_code == 0
    assert says(result.stdout, "NEWSDESK_LANDING_DIR", "default 500")


def test_version() -> None:
    from pipeline import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_bad_config_value_exits_2_naming_the_setting(desk: Desk) -> None:
    result = desk.invoke(
        "run", "--landing", str(desk.landing), "--data-dir", str(desk.data),
        env={"NEWSDESK_BATCH_SIZE": "0"},
    )  # fmt: skip
    assert result.exit_code == 2
    assert says(result.stderr, "configuration error", "'batch_size'", "NEWSDESK_BATCH_SIZE")
    assert not (desk.data / "warehouse.duckdb").exists()


def test_bad_flag_value_exits_2(desk: Desk) -> None:
    result = desk.invoke(
        "run", "--landing", str(desk.landing), "--data-dir", str(desk.data), "--batch-size", "0"
    )
    assert result.exit_code == 2
    assert says(result.stderr, "configuration error", "'batch_size'", "--batch-size")


def test_missing_config_file_exits_2(desk: Desk) -> None:
    result = desk.invoke("checks", "--config", str(desk.data / "missing.toml"))
    assert result.exit_code == 2
    assert says(result.stderr, "configuration error", "missing.toml does not exist")


def test_missing_landing_folder_exits_2(desk: Desk, tmp_path: Path) -> None:
    missing = tmp_path / "nirgendwo"
    result = desk.invoke(
        "run", "--landing", str(missing), "--data-dir", str(desk.data), "--config", str(desk.config)
    )
    assert result.exit_code == 2
    assert says(result.stderr, f"landing folder {missing} does not exist")


def test_query_before_any_run_fails_cleanly(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "select 1", "--data-dir", str(tmp_path / "leer")])
    assert result.exit_code == 1
    assert says(result.output, "query failed", "run `newsdesk run` first")


def test_human_summary(desk: Desk) -> None:
    result = desk.invoke(
        "run", "--landing", str(desk.landing), "--data-dir", str(desk.data),
        "--config", str(desk.config),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "documents published" in result.stdout
    assert "quarantine reasons: binary 1, empty 1" in result.stdout


def test_bad_languages_variable_exits_2(desk: Desk) -> None:
    result = desk.invoke(
        "run", "--landing", str(desk.landing), "--data-dir", str(desk.data),
        env={"NEWSDESK_LANGUAGES": "de,xx"},
    )  # fmt: skip
    assert result.exit_code == 2
    assert says(result.stderr, "configuration error", "languages", "xx")


def test_languages_variable_as_comma_list(desk: Desk) -> None:
    result = desk.invoke(
        "run", "--landing", str(desk.landing), "--data-dir", str(desk.data), "--json",
        env={"NEWSDESK_LANGUAGES": "de, en"},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["counts"]["documents"] == 3
    languages = {row["language"] for row in desk.query("select language from documents")}
    assert languages == {"de", "en"}


def test_revert_then_change_gets_a_fresh_version(desk: Desk) -> None:
    desk.run()
    path = desk.landing / "de" / "wetter.txt"
    original = path.read_text("utf-8")
    path.write_text(
        original + "\nNachtrag: Der Einsatz der Feuerwehr ist beendet worden.\n", "utf-8"
    )
    desk.run()
    path.write_text(original, "utf-8")
    counts = desk.run()["counts"]
    assert counts["files_reverted"] == 1
    current = desk.query(
        "select version from documents_current where source_path = 'de/wetter.txt'"
    )
    assert current == [{"version": 1}]
    path.write_text(
        original + "\nZweiter Nachtrag: Die Straße ist wieder frei befahrbar.\n", "utf-8"
    )
    desk.run()
    versions = desk.query(
        "select version from documents where source_path = 'de/wetter.txt' order by version"
    )
    assert [row["version"] for row in versions] == [1, 2, 3]
    current = desk.query(
        "select version from documents_current where source_path = 'de/wetter.txt'"
    )
    assert current == [{"version": 3}]


def test_query_csv_handles_list_columns(desk: Desk) -> None:
    desk.run()
    result = desk.invoke(
        "query", "select source_path, other_languages from documents order by 1",
        "--data-dir", str(desk.data), "--format", "csv",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "source_path,other_languages"
    assert len(lines) == 1 + len(desk.query("select * from documents"))
