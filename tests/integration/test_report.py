"""`newsdesk report`: a self-contained HTML report; opens in headless Chromium without console
errors (screenshot in test-artifacts/). Without Chromium the browser check skips with the
reason; under CI it must run."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from builders import FAST_LANGUAGES, english_article, german_article
from typer.testing import CliRunner

from pipeline.cli import app

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("report")
    landing = root / "landing"
    landing.mkdir()
    (landing / "de.txt").write_text(german_article(header_lines=["12.03.2024, 07:15 Uhr"]), "utf-8")
    (landing / "en.txt").write_text(english_article(footer_lines=["© 2024 BBC"]), "utf-8")
    (landing / "leer.txt").write_bytes(b"")
    config = root / "newsdesk.toml"
    config.write_text(f"languages = {json.dumps(FAST_LANGUAGES)}\n", "utf-8")
    data = str(root / "data")
    runner = CliRunner()
    ran = runner.invoke(app, ["run", "--landing", str(landing), "--data-dir", data,
                              "--config", str(config), "--quiet"])  # fmt: skip
    assert ran.exit_code == 0, ran.output
    made = runner.invoke(app, ["report", "--data-dir", data])
    assert made.exit_code == 0, made.output
    (path,) = (root / "data" / "reports").glob("report-*.html")
    assert "report:" in made.stdout
    return path


def test_report_is_self_contained_with_charts_and_tables(report: Path) -> None:
    page = report.read_text("utf-8")
    for heading in ("This run", "Warehouse", "Quality", "Duplicate clusters"):
        assert f">{heading}<" in page
    assert page.count("src='data:image/png;base64,") == 4  # volume, languages, outlets, quality
    assert "<script" not in page and "http://" not in page and "https://" not in page
    assert ">empty<" in page  # the quarantine reason of this run
    assert "<td>documents</td><td>2</td>" in page  # this run's published documents
    assert "no copies or rewrites linked yet" in page


def test_report_for_an_unknown_run_is_a_clear_error(report: Path) -> None:
    result = CliRunner().invoke(app, ["report", "--run", "nope", "--data-dir",
                                      str(report.parents[1])])  # fmt: skip
    assert result.exit_code == 2 and "no run nope" in result.stderr


def test_report_opens_in_chromium_without_console_errors(report: Path) -> None:
    missing = None
    if not CHROMIUM.exists():
        missing = f"Chromium not found at {CHROMIUM} (Debian packages chromium, chromium-driver)"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing = "the playwright package is not installed"
    if missing:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"required under CI: {missing}")
        pytest.skip(missing)
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "newsdesk-report.png"
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
        )
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(report.as_uri(), wait_until="load")
        assert page.locator("img").count() == 4
        page.screenshot(path=str(shot), full_page=True)
        browser.close()
    assert errors == []
    assert shot.stat().st_size > 20_000
