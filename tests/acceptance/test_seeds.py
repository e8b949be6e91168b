"""Acceptance: the CLI on the user's five seed articles says what ../shared/seeds/EXPECTED.md says.

The seeds are read at run time and never copied into the project; strings the user quotes in
EXPECTED.md (in-body subheadings) are parsed from it, not repeated here.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.config import load_settings
from pipeline.warehouse import query

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
pytestmark = [
    pytest.mark.acceptance,
    pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed articles not found at {SEEDS}"),
]
SENSITIVE = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}|\b[A-Z]{2}\d{2}(?: ?\d{4}){3,}"
    r"|\bBIC\b|\bbc1[a-z0-9]{20,}|\b0x[0-9a-fA-F]{40}\b",
    re.IGNORECASE,
)


def seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("seeds")
    landing = root / "landing"
    landing.mkdir()
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, landing / path.name)
        # A recent file time must not be read as a publication date.
        os.utime(landing / path.name, (1_700_000_000, 1_700_000_000))
    result = CliRunner().invoke(
        app, ["run", "--landing", str(landing), "--data-dir", str(root / "data"), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    settings = load_settings(landing_dir=landing, data_dir=root / "data")
    return report, settings


def documents(settings) -> dict[str, dict]:
    rows = query(settings, "select * from documents").to_pylist()
    return {row["source_path"][:3]: row for row in rows}


def segments(settings, prefix: str) -> list[dict]:
    return query(
        settings,
        "select s.* from segments s join documents d using (content_sha256) "
        "where d.source_path like ? order by seq",
        [f"{prefix}_%"],
    ).to_pylist()


def first_line(prefix: str) -> str:
    return next(
        line.strip() for line in seed(prefix).read_text("utf-8").splitlines() if line.strip()
    )


def test_all_five_published_nothing_quarantined(warehouse):
    report, settings = warehouse
    assert report["counts"]["documents"] == 5
    assert report["counts"].get("quarantined", 0) == 0
    assert report["counts"]["failed_checks"] == 0
    assert report["counts"]["dq_error_failures"] == 0  # no error-level quality failure


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_title_is_first_line(warehouse, prefix):
    assert documents(warehouse[1])[prefix]["title"] == first_line(prefix)


def test_title_of_004_is_headline_not_section_label(warehouse):
    expected = re.search(r"\| 004_… \| \"([^\"]+)\"", (SEEDS / "EXPECTED.md").read_text("utf-8"))
    assert expected, "EXPECTED.md row for 004 quotes its title"
    doc = documents(warehouse[1])["004"]
    assert doc["title"] == expected.group(1)
    kinds = {s["kind"] for s in segments(warehouse[1], "004") if not s["in_body"]}
    assert "section_label" in kinds


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_language_is_german_with_confidence(warehouse, prefix):
    doc = documents(warehouse[1])[prefix]
    assert doc["language"] == "de"
    assert 0.5 < doc["language_confidence"] <= 1.0


def test_002_english_title_line_is_an_english_segment(warehouse):
    doc = documents(warehouse[1])["002"]
    assert "en" in doc["other_languages"]
    originals = [s for s in segments(warehouse[1], "002") if s["kind"] == "original_title"]
    assert len(originals) == 1
    assert originals[0]["language"] == "en" and not originals[0]["in_body"]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_no_publication_date_without_evidence(warehouse, prefix):
    doc = documents(warehouse[1])[prefix]
    assert doc["published_at"] is None
    assert doc["published_precision"] is None


def test_004_published_from_dateline_in_berlin_time(warehouse):
    doc = documents(warehouse[1])["004"]
    assert doc["published_local"] == "2023-11-04T18:33"
    assert doc["published_timezone"] == "Europe/Berlin"
    assert doc["published_precision"] == "minute"
    assert doc["published_source"] == "dateline"
    assert "04.11.2023 18:33" in doc["published_evidence"]
    assert doc["published_at"].isoformat() == "2023-11-04T17:33:00+00:00"
    assert doc["updated_at"] == doc["published_at"]


def test_004_related_list_dates_are_not_the_publication_date(warehouse):
    settings = warehouse[1]
    mentions = query(
        settings,
        "select m.role, m.local from date_mentions m join documents d using (content_sha256) "
        "where d.source_path like '004_%'",
    ).to_pylist()
    related = [m for m in mentions if m["role"] == "related_list"]
    assert len(related) >= 5
    assert all(m["local"].startswith("2025-05-08") for m in related)
    assert {m["role"] for m in mentions if m["local"] == "2023-11-04T18:33"} == {
        "published",
        "updated",
    }


def test_outlets(warehouse):
    docs = documents(warehouse[1])
    assert docs["000"]["outlet_id"] is None
    assert docs["001"]["outlet_name"] == "Radio Qfm"
    assert docs["001"]["outlet_rule"].startswith("donation_appeal")
    assert docs["002"]["outlet_id"] is None
    assert docs["003"]["outlet_id"] is None
    if docs["003"]["outlet_candidate_id"] is not None:
        assert docs["003"]["outlet_candidate_id"] == "rt-de"
        assert docs["003"]["outlet_confidence"] < 0.5
        assert "Mehr zum Thema" in docs["003"]["outlet_evidence"]
    assert docs["004"]["outlet_id"] == "dwn"
    assert docs["004"]["outlet_evidence"]


def test_cited_sources_are_citations_not_outlets(warehouse):
    settings = warehouse[1]
    rows = query(
        settings,
        "select substr(d.source_path, 1, 3) as doc, c.source_id, d.outlet_id "
        "from citations c join documents d using (content_sha256)",
    ).to_pylist()
    cited = {(r["doc"], r["source_id"]) for r in rows}
    for expected in [("000", "nbc-news"), ("001", "nbc-news"), ("003", "nytimes"),
                     ("004", "nbc-news"), ("004", "dpa"), ("004", "gallup")]:  # fmt: skip
        assert expected in cited
    assert all(r["source_id"] != r["outlet_id"] for r in rows)
    outlets = {d["outlet_id"] for d in documents(settings).values()}
    assert not outlets & {"nbc-news", "nytimes", "foreign-affairs", "dpa", "gallup"}


REMOVED = {
    "000": {"comment_prompt"},
    "001": {"image_credit", "donation_appeal", "payment_details"},
    "002": {"credit_line", "original_title", "comment_prompt", "comment_form"},
    "003": {"related_link", "comment_prompt"},
    "004": {"section_label", "byline", "dateline", "reading_time", "repeated_title",
            "image_caption", "related_list", "cms_marker"},
}  # fmt: skip


@pytest.mark.parametrize("prefix", sorted(REMOVED))
def test_boilerplate_removed_and_kept_with_reason(warehouse, prefix):
    segs = segments(warehouse[1], prefix)
    removed = [s for s in segs if not s["in_body"] and s["kind"] != "title"]
    assert REMOVED[prefix] <= {s["kind"] for s in removed}
    assert all(s["rule"] for s in removed)
    body = documents(warehouse[1])[prefix]["body"]
    for segment in removed:
        assert segment["text"] not in body


def test_001_body_has_no_payment_or_contact_details(warehouse):
    body = documents(warehouse[1])["001"]["body"]
    assert not SENSITIVE.search(body)
    appeal = [s for s in segments(warehouse[1], "001") if s["kind"] == "payment_details"]
    assert any(SENSITIVE.search(s["text"]) for s in appeal)


def test_in_body_subheadings_are_kept(warehouse):
    text = (SEEDS / "EXPECTED.md").read_text("utf-8")
    bullet = next(line for line in text.splitlines() if "subheadings" in line)
    quoted = re.findall(r"(\d{3}): \"([^\"]+)\"", bullet)
    assert quoted, "EXPECTED.md names in-body subheadings"
    docs = documents(warehouse[1])
    for prefix, subheading in quoted:
        assert subheading in docs[prefix]["body"]
        kinds = {s["kind"] for s in segments(warehouse[1], prefix) if s["text"] == subheading}
        assert kinds == {"subheading"}


def test_every_segment_offset_points_into_the_text(warehouse):
    settings = warehouse[1]
    raw = {
        r["source_path"][:3]: r["text"]
        for r in query(settings, "select * from raw_documents").to_pylist()
    }
    for prefix, text in raw.items():
        for s in segments(settings, prefix):
            assert text[s["start"] : s["end"]] == s["text"]


def test_second_run_does_no_work(warehouse):
    report, settings = warehouse
    result = CliRunner().invoke(
        app, ["run", "--landing", str(settings.landing_dir), "--data-dir", str(settings.data_dir),
              "--json"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout)["counts"]
    assert counts["files_unchanged"] == counts["files_seen"] == 5
    assert counts.get("documents", 0) == 0
    assert query(settings, "select count(*) as n from documents").to_pylist()[0]["n"] == 5


def test_rewrite_000_001_is_linked_and_no_other_pair(warehouse):
    rows = query(
        warehouse[1],
        "select left(a.source_path, 3) as a, left(b.source_path, 3) as b, l.kind "
        "from document_links l join documents a on a.content_sha256 = l.a_content_sha256 "
        "join documents b on b.content_sha256 = l.b_content_sha256",
    ).to_pylist()
    pairs = {tuple(sorted((r["a"], r["b"]))): r["kind"] for r in rows}
    assert set(pairs) == {("000", "001")}
    assert pairs[("000", "001")] in {"near_duplicate", "rewrite"}
