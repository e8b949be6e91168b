"""What the scale work must not change: worker processes publish exactly what one process
publishes, and the benchmark runs end to end (a smoke test, not a timing gate)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline import io, links, schemas, stages, synth, warehouse
from pipeline.config import Settings

DOCUMENT_COLUMNS = (
    "content_sha256, title, body, language, published_at, published_precision, outlet_id, "
    "boilerplate_chars, segment_count"
)


def _rows(settings: Settings, sql: str) -> list[dict]:
    return warehouse.query(settings, sql).to_pylist()


@pytest.mark.slow
def test_worker_processes_publish_what_one_process_publishes(
    tmp_path: Path, settings_for: Callable[..., Settings], monkeypatch: pytest.MonkeyPatch
) -> None:
    landing = tmp_path / "landing"
    synth.generate(landing, 240, seed=5, bad_share=0.02)
    results = {}
    # (workers, batch size, smallest split part, batches): one process; two workers making 6
    # batches and the gate process checking them; a run smaller than a batch split in two for
    # the two workers; one batch made in this process while the gate process loads Great
    # Expectations, then checked there.
    cases = ((1, 40, 100, 6), (2, 40, 100, 6), (2, 1000, 100, 2), (2, 1000, 200, 1))
    for workers, batch_size, split, batches in cases:
        monkeypatch.setattr(stages, "MIN_SPLIT_FILES", split)
        settings = settings_for(landing_dir=landing,
                                data_dir=tmp_path / f"data-{workers}-{batch_size}-{batches}",
                                batch_size=batch_size, workers=workers)  # fmt: skip
        report = stages.run_all(settings)
        assert report.counts["batches"] == batches
        checks = [s for s in report.stages if s.stage == "check"]
        assert len(checks) == batches  # the gate checked every batch while the run went on
        assert [s.stage for s in report.stages].count("batch") == batches
        results[workers, batches] = {
            "documents": _rows(settings, f"select {DOCUMENT_COLUMNS} from documents order by 1"),
            "quarantine": _rows(settings, "select source_path, reason from quarantine order by 1"),
            "links": _rows(
                settings,
                "select a_content_sha256, b_content_sha256, kind from document_links order by 1, 2",
            ),  # fmt: skip
            "files": _rows(settings, "select source_path, status from files order by 1"),
            "dq_results": _rows(settings, "select count(*) n from dq_results"),
        }
    single = results[1, 6]
    assert len(single["documents"]) > 200
    assert single["quarantine"] and single["links"]
    assert results[2, 6] == single
    for fewer in (results[2, 2], results[2, 1]):  # fewer batches, fewer dq_results rows
        assert {k: v for k, v in fewer.items() if k != "dq_results"} == {
            k: v for k, v in single.items() if k != "dq_results"
        }
        assert fewer["dq_results"][0]["n"] > 0


@pytest.mark.slow
def test_bench_command_runs_the_pipeline_twice_and_reports_figures(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "bench", "--docs", "2000", "--workdir",
         str(tmp_path / "bench"), "--json", str(out)],
        capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(out.read_text("utf-8"))
    assert figures["docs"] == 2000
    kinds = figures["corpus_kinds"]
    bad = sum(kinds.get(k, 0) for k in ("empty", "binary", "whitespace", "no_article_text"))
    exact = kinds["exact_copy"]
    # Exact file copies are skipped at discover; everything else is published or quarantined.
    assert figures["documents"] + figures["quarantined"] == 2000 - exact
    assert figures["quarantined"] >= bad
    assert figures["links"] >= kinds["same_text_other_outlet"]
    assert set(figures["phases"]) == {"prepare", "discover", "batches", "quality", "links",
                                      "publish"}  # fmt: skip
    assert figures["peak_pss_mb"] > 0 and figures["cpu_seconds"] > 0
    assert figures["noop_counts"]["files_unchanged"] == 2000
    assert figures["noop_counts"]["files_to_process"] == 0
    assert "newsdesk bench: 2,000 articles" in done.stdout
    assert "no-op rerun" in done.stdout


def test_discover_covers_every_file_across_hash_chunks_and_skipped_row_files(
    tmp_path: Path, settings_for: Callable[..., Settings], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stages, "HASH_CHUNK_ROWS", 3)
    monkeypatch.setattr(stages._DiscoverWriter, "SKIPPED_CHUNK", 2)
    settings = settings_for(batch_size=4, workers=1)
    texts = [f"Seite {i}\n" + "Ein Satz über die Stadt und ihre Brücken. " * 8 for i in range(7)]
    for i, text in enumerate(texts):
        (settings.landing_dir / f"a{i}.txt").write_text(text, "utf-8")
    for i in range(5):  # copies of a0..a4 under other names, in later chunks: duplicates
        (settings.landing_dir / f"copy{i}.txt").write_text(texts[i], "utf-8")
    # A page and its copy in one chunk (sorted paths: ... a6, b-copy, b | copy0 ...).
    (settings.landing_dir / "b.txt").write_text("Andere Seite\n" + texts[0], "utf-8")
    (settings.landing_dir / "b-copy.txt").write_text("Andere Seite\n" + texts[0], "utf-8")
    first = stages.run_all(settings)
    assert first.counts["files_seen"] == 14
    assert first.counts["files_new"] == 8
    assert first.counts["files_duplicate"] == 6
    assert first.counts["batches"] == 2
    seen = _rows(settings, "select source_path, status from files order by 1")
    assert len(seen) == 14  # every path recorded, from several skipped-row files
    duplicates = {row["source_path"] for row in seen if row["status"] == "duplicate"}
    assert duplicates == {"b.txt", *(f"copy{i}.txt" for i in range(5))}
    paths = sorted(settings.landing_dir.iterdir())
    for path in paths:  # touch everything: same content, new mtimes
        path.write_text(path.read_text("utf-8"), "utf-8")
    again = stages.run_all(settings)
    assert again.counts["files_unchanged"] == 14
    assert again.counts.get("files_to_process", 0) == 0
    assert again.counts["files_touched"] == 14  # copies too: their own last row has this hash


@pytest.mark.slow
def test_links_found_run_by_run_and_verified_in_chunks_are_the_links_of_one_run(
    tmp_path: Path, settings_for: Callable[..., Settings], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run's documents meet what earlier runs stored as they meet each other, whether the
    stored rows are partitioned whole or first filtered to the run's buckets, and joining story
    terms a slice of documents at a time, summing the candidates a slice of keys at a time or
    verifying them a few pairs at a time loses or doubles no link."""
    landing = tmp_path / "landing"
    synth.generate(landing, 160, seed=9, bad_share=0.0, exact_share=0.0)
    query = (
        "select a_content_sha256, b_content_sha256, kind, similarity from document_links "
        "order by 1, 2"
    )
    whole = settings_for(landing_dir=landing, data_dir=tmp_path / "data-whole", batch_size=20,
                         workers=1)  # fmt: skip
    monkeypatch.setattr(stages, "LINKS_FILTER_NEW_ROWS", 0)  # every stored row, partitioned
    monkeypatch.setattr(stages, "LINKS_PARTITION_ROWS", 5_000)  # into several partitions
    assert stages.run_all(whole).counts["document_links"] > 10
    expected = _rows(whole, query)

    monkeypatch.undo()
    monkeypatch.setattr(stages, "LINKS_VERIFY_PAIRS", 7)
    monkeypatch.setattr(stages, "LINKS_FILE_ROWS", 10)  # several links files a run
    monkeypatch.setattr(stages, "LINKS_TERM_SLICE_ROWS", 500)  # story terms in several slices
    monkeypatch.setattr(stages, "LINKS_CANDIDATE_SLICE_ROWS", 200)  # pairs summed by slices
    files = sorted(p for p in landing.rglob("*.txt"))
    # the second run's stored rows filtered to its buckets (the default), then partitioned
    # whole into several partitions along with its own rows
    for filtered in (True, False):
        if not filtered:
            monkeypatch.setattr(stages, "LINKS_FILTER_NEW_ROWS", 0)
            monkeypatch.setattr(stages, "LINKS_PARTITION_ROWS", 5_000)
        arriving = tmp_path / f"arriving-{filtered}"
        split = settings_for(landing_dir=arriving, data_dir=tmp_path / f"data-split-{filtered}",
                             batch_size=20, workers=1)  # fmt: skip
        runs = []
        for part in (files[::2], files[1::2]):  # interleaved: every outlet and month in both
            for path in part:
                target = arriving / path.relative_to(landing)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(path.read_bytes())
            runs.append(stages.run_all(split))
        assert all(run.counts["document_links"] > 0 for run in runs)  # the second meets the first
        assert len(_rows(split, "select distinct run_id from document_links")) == 2
        assert len(io.table_files(split.lake_dir, schemas.DOCUMENT_LINKS)) > 2
        assert _rows(split, query) == expected
    # the premise: no document here reaches the cap of story-term partners, past which the
    # partners a document keeps may depend on what was ingested with it
    partners = Counter(k for row in expected for k in (row["a_content_sha256"],
                                                       row["b_content_sha256"]))  # fmt: skip
    assert max(partners.values()) < links.STORY_MAX_PARTNERS


@pytest.mark.slow
def test_signatures_from_before_story_vectors_still_link_copies(
    tmp_path: Path, settings_for: Callable[..., Settings]
) -> None:
    """Signature files of schema 2 (no story vector) stay readable: their documents are still
    found as copies and rewrites, and are nobody's same story."""
    import pyarrow.parquet as pq

    landing = tmp_path / "landing"
    synth.generate(landing, 120, seed=9, bad_share=0.0, exact_share=0.0)
    arriving = tmp_path / "arriving"
    settings = settings_for(landing_dir=arriving, batch_size=20, workers=1)
    files = sorted(landing.rglob("*.txt"))
    for number, part in enumerate((files[::2], files[1::2])):
        for path in part:
            target = arriving / path.relative_to(landing)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
        report = stages.run_all(settings)
        if number == 0:
            first = report.run_id
            for old in io.run_files(settings.lake_dir, schemas.SIGNATURES, report.run_id):
                table = pq.read_table(old).drop_columns(["story_keys", "story_weights"])
                pq.write_table(table, old)
    kinds = _rows(settings, "select kind, count(*) as n from document_links "
                            f"where run_id = '{report.run_id}' group by 1")  # fmt: skip
    assert {row["kind"] for row in kinds} & {"near_duplicate", "rewrite"}
    stories = _rows(settings, "select l.kind from document_links as l join documents as d "
                              "on d.content_sha256 in (l.a_content_sha256, l.b_content_sha256) "
                              f"where d.run_id = '{first}' group by 1")  # fmt: skip
    assert stories and "same_story" not in {row["kind"] for row in stories}


@pytest.mark.slow
def test_workers_import_newsdesk_not_a_pipeline_folder_where_the_run_starts(
    tmp_path: Path,
) -> None:
    """A project folder of the user's own called ``pipeline`` (an Airflow project has one) in
    the directory a run starts from must not be what the batch workers import: their server
    is started as ``python -c …``, whose first import path is that directory."""
    project = tmp_path / "project"
    (project / "pipeline").mkdir(parents=True)
    (project / "pipeline" / "__init__.py").write_text(
        "raise RuntimeError('the project folder, not newsdesk')\n", "utf-8"
    )
    landing = tmp_path / "landing"
    synth.generate(landing, 12, seed=3, bad_share=0.0)
    newsdesk = Path(sys.executable).parent / "newsdesk"
    env = {
        **{k: v for k, v in __import__("os").environ.items() if not k.startswith("NEWSDESK_")},
        "NEWSDESK_LANDING_DIR": str(landing),
        "NEWSDESK_DATA_DIR": str(tmp_path / "data"),
        "NEWSDESK_WORKERS": "2",
        "NEWSDESK_BATCH_SIZE": "4",
    }
    done = subprocess.run(
        [str(newsdesk), "run", "--json"], cwd=project, env=env, capture_output=True, text=True,
        timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["counts"]["batches"] == report["counts"]["batches_checked"] == 3
    assert report["counts"]["documents"] == 12
