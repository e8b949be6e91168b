"""Accuracy of newsdesk on a labelled folder of articles (``newsdesk eval DIR``).

Labels live next to the articles in ``labels*.toml`` (format: eval/FORMAT.md). The articles run
through the same ``process_batch`` as production, in memory, so the figures describe exactly
what a run would publish.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from pipeline import io
from pipeline.annotate.language import LanguageIdentifier
from pipeline.annotate.outlet import Registry
from pipeline.config import Settings
from pipeline.process import ProcessContext, process_batch
from pipeline.stages import READ_FILES_SCHEMA

FIELDS = ("title", "language", "published", "outlet", "must_keep", "must_drop")


@dataclass
class FileResult:
    file: str
    ok: dict[str, bool] = field(default_factory=dict)
    got: dict[str, object] = field(default_factory=dict)
    expected: dict[str, object] = field(default_factory=dict)
    missing_keep: list[str] = field(default_factory=list)
    leaked_drop: list[str] = field(default_factory=list)
    keep_total: int = 0
    drop_total: int = 0


@dataclass
class EvalReport:
    files: list[FileResult]

    def accuracy(self) -> dict[str, float]:
        return (
            {
                name: sum(r.ok.get(name, False) for r in self.files) / len(self.files)
                for name in FIELDS
            }
            if self.files
            else {}
        )

    def string_rates(self) -> dict[str, float]:
        """Share of all must-keep strings kept and of all must-drop strings removed."""
        kept = sum(r.keep_total - len(r.missing_keep) for r in self.files)
        dropped = sum(r.drop_total - len(r.leaked_drop) for r in self.files)
        keep_total = sum(r.keep_total for r in self.files) or 1
        drop_total = sum(r.drop_total for r in self.files) or 1
        return {"kept_strings": kept / keep_total, "dropped_strings": dropped / drop_total}

    def to_dict(self) -> dict:
        return {
            "files": len(self.files),
            "accuracy": {k: round(v, 4) for k, v in self.accuracy().items()},
            "strings": {k: round(v, 4) for k, v in self.string_rates().items()},
            "failures": [
                {
                    "file": r.file,
                    "fields": [k for k, v in r.ok.items() if not v],
                    "got": r.got,
                    "expected": r.expected,
                    "missing_keep": r.missing_keep,
                    "leaked_drop": r.leaked_drop,
                }
                for r in self.files
                if not all(r.ok.values())
            ],
        }


def load_labels(folder: Path) -> list[dict]:
    labels: list[dict] = []
    for path in sorted(folder.glob("labels*.toml")):
        with path.open("rb") as handle:
            labels.extend(tomllib.load(handle).get("article", []))
    if not labels:
        raise FileNotFoundError(f"no labels*.toml with [[article]] entries in {folder}")
    return labels


def evaluate(folder: Path, settings: Settings) -> EvalReport:
    labels = load_labels(folder)
    now = dt.datetime.now(dt.UTC)
    rows = []
    for label in labels:
        path = folder / label["file"]
        content = path.read_bytes()
        rows.append({
            "source_path": label["file"],
            "document_id": io.document_id_for(label["file"]),
            "version": 1,
            "content_sha256": hashlib.sha256(content).hexdigest(),
            "size_bytes": len(content),
            "mtime_ns": 0,
            "mtime": now,
            "content": content,
            "error_reason": None,
            "error_detail": None,
        })
    ctx = ProcessContext(
        identify=LanguageIdentifier(
            tuple(settings.languages),
            settings.min_segment_chars,
            settings.language_accuracy,
            fast=settings.language_detector == "fast",
        ),
        registry=Registry.load(),
        run_id="eval",
        now=now,
        default_timezone=settings.default_timezone,
        outlet_min_confidence=settings.outlet_min_confidence,
        min_body_chars=settings.min_body_chars,
    )
    result = process_batch(pa.Table.from_pylist(rows, schema=READ_FILES_SCHEMA), ctx)
    documents = {d["source_path"]: d for d in result.tables["documents"].to_pylist()}
    return EvalReport([_score(label, documents.get(label["file"])) for label in labels])


def _squash(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


# A label in ISO 639-1's macrolanguage code counts as the individual language newsdesk
# reports: "no" (Norwegian) as "nb" (Bokmål), the written standard of nearly all news.
_MACRO = {"no": "nb"}


def _score(label: dict, doc: dict | None) -> FileResult:
    result = FileResult(label["file"])
    doc = doc or {}
    body = _squash(doc.get("body"))
    published = doc.get("published_local") or ""
    expected_outlet = label.get("outlet") or None
    checks = {
        "title": (_squash(doc.get("title")), _squash(label["title"])),
        "language": (doc.get("language"), _MACRO.get(label["language"], label["language"])),
        "published": (
            published[: len(label.get("published") or "")] if label.get("published") else published,
            label.get("published") or "",
        ),
        "outlet": (doc.get("outlet_id"), expected_outlet),
    }
    for name, (got, expected) in checks.items():
        result.ok[name] = got == expected
        result.got[name], result.expected[name] = got, expected
    if label.get("published") and published and len(published) != len(label["published"]):
        result.ok["published"] = False  # right day but wrong precision
    result.keep_total = len(label.get("must_keep", []))
    result.drop_total = len(label.get("must_drop", []))
    result.missing_keep = [s for s in label.get("must_keep", []) if _squash(s) not in body]
    result.leaked_drop = [s for s in label.get("must_drop", []) if _squash(s) in body]
    result.ok["must_keep"] = not result.missing_keep and bool(doc)
    result.ok["must_drop"] = not result.leaked_drop and bool(doc)
    return result


def evaluate_pairs(folder: Path, settings: Settings) -> dict:
    """Precision and recall of the links on labelled pairs (``pairs.toml``: a, b, kind in
    copy | rewrite | same_story | different_story): the same cleaning, language, signatures,
    buckets, story terms and thresholds as a run (both pages taken as dated within the story
    window)."""
    import numpy as np

    from pipeline import links
    from pipeline.annotate.language import LanguageIdentifier
    from pipeline.clean import clean_text

    with (folder / "pairs.toml").open("rb") as handle:
        pairs = tomllib.load(handle)["pair"]
    expected_kind = {"copy": "near_duplicate", "rewrite": "rewrite", "same_story": "same_story",
                     "different_story": None}  # fmt: skip
    identify = LanguageIdentifier(tuple(settings.languages), settings.min_segment_chars,
                                  settings.language_accuracy,
                                  fast=settings.language_detector == "fast")  # fmt: skip

    @functools.cache
    def prepared(name: str) -> tuple[np.ndarray, str, tuple, links.StoryFeatures]:
        cleaned = clean_text((folder / name).read_text("utf-8"))
        body = cleaned.body
        values, _ = links.signature(body)
        body_sha = links.body_hash(body)
        story = links.story_features(body, identify(body)[0], cleaned.title or "")
        return values, body_sha, links.buckets(values, body_sha), story

    rows = []
    for pair in pairs:
        (sig_a, body_a, bands_a, story_a), (sig_b, body_b, bands_b, story_b) = (
            prepared(pair["a"]),
            prepared(pair["b"]),
        )
        shared = len(set(story_a.terms) & set(story_b.terms))
        candidate = links.is_candidate(bands_a, bands_b, shared)
        similarity = links.estimate(sig_a, sig_b)
        story = links.story_similarity(story_a, story_b)
        found = links.classify(similarity, body_a == body_b, links.DEFAULT_THRESHOLDS, story)
        predicted = found[0] if (found and candidate) else None
        rows.append({"a": pair["a"], "b": pair["b"], "label": pair["kind"],
                     "similarity": round(similarity, 3), "shared_terms": shared,
                     "story_similarity": round(story, 3),
                     "lsh_candidate": candidate, "predicted": predicted,
                     "correct": predicted == expected_kind[pair["kind"]]
                     or (predicted == "exact_duplicate" and pair["kind"] == "copy")})  # fmt: skip
    linked = [r for r in rows if r["predicted"]]
    positives = [r for r in rows if r["label"] != "different_story"]
    true_links = [r for r in linked if r["label"] != "different_story"]
    by_label = {}
    for label in expected_kind:
        labelled = [r for r in rows if r["label"] == label]
        if labelled:
            by_label[label] = {"pairs": len(labelled),
                               "correct": sum(r["correct"] for r in labelled)}  # fmt: skip
    thresholds = links.DEFAULT_THRESHOLDS
    return {
        "pairs": len(rows),
        "link_precision": round(len(true_links) / len(linked), 4) if linked else None,
        "link_recall": round(len(true_links) / len(positives), 4) if positives else None,
        "kind_accuracy": round(sum(r["correct"] for r in rows) / len(rows), 4),
        "by_label": by_label,
        "thresholds": {"near_duplicate": thresholds.near_duplicate,
                       "rewrite": thresholds.rewrite, "same_story": thresholds.same_story,
                       "same_story_min_shared_terms": links.STORY_MIN_SHARED_TERMS},
        "rows": rows,
    }  # fmt: skip
