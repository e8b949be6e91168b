"""Data-quality gates: Great Expectations suites over each batch before it is published.

The suites are code (``document_checks``, ``segment_checks``), so they are reviewed and versioned
with the rules they guard. Each check has a stable name and a severity: an *error* check that
fails on rows sends those document versions to quarantine (with the check's name and the
observed value) while the rest of the batch publishes; a *warning* is recorded and the batch
publishes. Every result, passed or failed, becomes a ``dq_results`` row.

GX is imported lazily (~2 s with compiled bytecode), which commands that never validate must
not pay. Its context, suites and validation definitions are made once per process; what differs
between batches (the clock's bound, the known outlets, the expected row count) goes in as GX
suite parameters, so a batch pays only for validating.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa
import pyarrow.compute as pc

from pipeline import cues, schemas
from pipeline.reasons import SegmentKind

Severity = Literal["error", "warning"]
GX_SEVERITY = {"error": "critical", "warning": "warning"}
KEY = "content_sha256"

# What a body must not contain; ``frames`` puts the first such span of each body in
# BODY_FINDING (null when none), and the check expects it null: its observed value is the span
# itself, and the patterns run once over a batch (RE2 rules most bodies out in one pass) instead
# of once each through pandas.
BODY_FINDING = "body_contact_or_payment"
BODY_PATTERNS = [
    r"(?i)(?:https?://|www\.)\S+",
    r"(?i)[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,24}\b",
    cues.IBAN.pattern,
    r"\b(?:bc1[a-z0-9]{25,87}|0x[a-fA-F0-9]{40})\b",
]


@dataclass(frozen=True)
class QualityConfig:
    """Bounds the suites check against; built from Settings by the caller."""

    now: dt.datetime
    known_outlets: frozenset[str]
    languages: frozenset[str]
    min_body_chars: int = 80
    max_body_chars: int = 200_000
    max_boilerplate_share: float = 0.9
    min_language_confidence: float = 0.5
    earliest_publication: dt.datetime = dt.datetime(1990, 1, 1, tzinfo=dt.UTC)
    expected_documents: int | None = None  # set per batch from its files rows


@dataclass(frozen=True)
class Check:
    name: str
    table: str
    severity: Severity
    build: Callable[[QualityConfig], Any]  # returns a gx Expectation
    description: str


def _param(name: str) -> dict[str, str]:
    """A value the suite takes per batch (GX suite parameter), so one suite serves them all."""
    return {"$PARAMETER": name}


def parameters(config: QualityConfig) -> dict[str, Any]:
    """The per-batch values of the suites' parameters."""
    return {
        "latest_publication": config.now + dt.timedelta(days=1),
        "known_outlets": sorted(config.known_outlets),
        "expected_documents": config.expected_documents,
    }


def _gxe() -> Any:
    import great_expectations.expectations as gxe

    return gxe


def document_checks() -> list[Check]:
    gxe = _gxe
    return [
        Check("content_sha256_not_null", schemas.DOCUMENTS, "error",
              lambda c: gxe().ExpectColumnValuesToNotBeNull(column=KEY),
              "every document version has a content hash"),
        Check("document_id_not_null", schemas.DOCUMENTS, "error",
              lambda c: gxe().ExpectColumnValuesToNotBeNull(column="document_id"),
              "every document version belongs to a document"),
        Check("content_sha256_unique", schemas.DOCUMENTS, "error",
              lambda c: gxe().ExpectColumnValuesToBeUnique(column=KEY),
              "a content hash is one document version"),
        Check("language_is_iso_639_1", schemas.DOCUMENTS, "error",
              lambda c: gxe().ExpectColumnValuesToBeInSet(
                  column="language", value_set=sorted(c.languages | {"und"})),
              "language is an ISO 639-1 code of the configured set, or und"),
        Check("language_confidence_in_unit_interval", schemas.DOCUMENTS, "error",
              lambda c: gxe().ExpectColumnValuesToBeBetween(
                  column="language_confidence", min_value=0.0, max_value=1.0),
              "language confidence lies in [0, 1]"),
        Check("published_at_plausible", schemas.DOCUMENTS, "error",
              lambda c: gxe().ExpectColumnValuesToBeBetween(
                  column="published_at", min_value=c.earliest_publication,
                  max_value=_param("latest_publication")),
              "a publication date is null or between 1990-01-01 and tomorrow"),
        Check("title_not_empty", schemas.DOCUMENTS, "error",
              lambda c: gxe().ExpectColumnValueLengthsToBeBetween(column="title", min_value=1),
              "a title, when found, is not empty"),
        Check("title_present", schemas.DOCUMENTS, "error",
              lambda c: gxe().ExpectColumnValuesToNotBeNull(column="title"),
              "every document has a title"),
        Check("title_shorter_than_body", schemas.DOCUMENTS, "error",
              lambda c: gxe().ExpectColumnPairValuesAToBeGreaterThanB(
                  column_A="body_chars", column_B="title_chars"),
              "the body is longer than the title"),
        Check("body_length_within_bounds", schemas.DOCUMENTS, "error",
              lambda c: gxe().ExpectColumnValuesToBeBetween(
                  column="body_chars", min_value=c.min_body_chars, max_value=c.max_body_chars),
              "body length within min_body_chars and max_body_chars"),
        Check("body_free_of_contact_and_payment", schemas.DOCUMENTS, "error",
              lambda c: gxe().ExpectColumnValuesToBeNull(column=BODY_FINDING),
              "no URL, e-mail, IBAN or wallet address in a body"),
        Check("has_segments", schemas.DOCUMENTS, "error",
              lambda c: gxe().ExpectColumnValuesToBeBetween(column="segment_rows", min_value=1),
              "every document has segment rows"),
        Check("outlet_in_outlets", schemas.DOCUMENTS, "error",
              lambda c: gxe().ExpectColumnValuesToBeInSet(
                  column="outlet_id", value_set=_param("known_outlets")),
              "an outlet id exists in outlets (registry or discovered)"),
        Check("row_count_matches_files", schemas.DOCUMENTS, "error",
              lambda c: gxe().ExpectTableRowCountToEqual(value=_param("expected_documents")),
              "the batch published one row per file it processed"),
        Check("boilerplate_share_bounded", schemas.DOCUMENTS, "warning",
              lambda c: gxe().ExpectColumnValuesToBeBetween(
                  column="boilerplate_share", min_value=0.0, max_value=c.max_boilerplate_share),
              "boilerplate is at most max_boilerplate_share of a page"),
        Check("language_confident", schemas.DOCUMENTS, "warning",
              lambda c: gxe().ExpectColumnValuesToBeBetween(
                  column="language_confidence", min_value=c.min_language_confidence),
              "the language detector is reasonably sure"),
    ]  # fmt: skip


def segment_checks() -> list[Check]:
    gxe = _gxe
    return [
        Check("segment_offsets_ordered", schemas.SEGMENTS, "error",
              lambda c: gxe().ExpectColumnPairValuesAToBeGreaterThanB(
                  column_A="end", column_B="start", or_equal=True),
              "a segment ends at or after its start"),
        Check("segment_offsets_non_negative", schemas.SEGMENTS, "error",
              lambda c: gxe().ExpectColumnValuesToBeBetween(column="start", min_value=0),
              "segment offsets are not negative"),
        Check("segment_text_matches_offsets", schemas.SEGMENTS, "error",
              lambda c: gxe().ExpectColumnValuesToBeInSet(
                  column="offsets_match_text", value_set=[True]),
              "text[start:end] of the decoded document is the segment's text"),
        Check("segment_kind_known", schemas.SEGMENTS, "error",
              lambda c: gxe().ExpectColumnValuesToBeInSet(
                  column="kind", value_set=[str(k) for k in SegmentKind]),
              "segment kinds come from the closed vocabulary"),
    ]  # fmt: skip


def all_checks() -> list[Check]:
    return document_checks() + segment_checks()


@dataclass
class Outcome:
    """What validating one batch found."""

    results: list[dict] = field(default_factory=list)  # dq_results rows (without run columns)
    failed: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # sha -> (check, seen)
    batch_failures: list[str] = field(default_factory=list)  # error checks failing without rows
    # GX suite validation results as JSON ({"key": identifier tuple, "result": dict}), so the
    # Data Docs can be built in another process than the one that validated.
    gx_results: list[dict] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for r in self.results if not r["success"] and r["severity"] == "error")


def frames(tables: dict[str, pa.Table]) -> dict[str, pa.Table]:
    """A batch's documents and segments with the derived columns the suites read."""
    documents = tables[schemas.DOCUMENTS]
    segments = tables[schemas.SEGMENTS]
    raw = tables[schemas.RAW_DOCUMENTS]
    counts = pc.value_counts(segments.column(KEY)) if segments.num_rows else []
    per_doc = {item["values"].as_py(): item["counts"].as_py() for item in counts}
    documents = documents.append_column(
        "segment_rows",
        pa.array([per_doc.get(sha, 0) for sha in documents.column(KEY).to_pylist()], pa.int64()),
    )
    texts = dict(zip(raw.column(KEY).to_pylist(), raw.column("text").to_pylist(), strict=True))
    matches = [
        texts.get(sha) is not None and texts[sha][start:end] == text
        for sha, start, end, text in zip(
            *(segments.column(c).to_pylist() for c in (KEY, "start", "end", "text")), strict=True
        )
    ]
    segments = segments.append_column("offsets_match_text", pa.array(matches, pa.bool_()))
    documents = documents.append_column(
        BODY_FINDING,
        pa.array(
            [_body_finding(body) for body in documents.column("body").to_pylist()], pa.string()
        ),
    )
    return {schemas.DOCUMENTS: documents, schemas.SEGMENTS: segments}


_COLUMN_ARGUMENTS = ("column", "column_A", "column_B", "column_list")


def _read_columns(definition: Any) -> list[str]:
    """The columns a suite's expectations read, and the key its failing rows are named by.

    Only these become pandas columns: a body or a segment's text as a Python string per row
    cost more to convert than validating them, and stayed in the worker's heap."""
    columns = {KEY}
    for expectation in definition.suite.expectations:
        for argument in _COLUMN_ARGUMENTS:
            value = expectation.configuration.kwargs.get(argument)
            columns.update([value] if isinstance(value, str) else value or [])
    return sorted(columns)


@lru_cache(maxsize=1)
def _body_patterns() -> Any:
    from pipeline.patternset import PatternSet

    return PatternSet([re.compile(pattern) for pattern in BODY_PATTERNS])


def _body_finding(body: str | None) -> str | None:
    """The first URL, e-mail, IBAN or wallet address in ``body`` (by pattern order)."""
    if not body:
        return None
    patterns = _body_patterns()
    for number in patterns.candidates(body):
        found = patterns.patterns[number].search(body)
        if found:
            return found.group()
    return None


@lru_cache(maxsize=2)
def _docs_context(docs_dir: str) -> Any:
    return _context(docs_dir)


@lru_cache(maxsize=1)
def _validation_context() -> Any:
    """The process's validation context; it holds the suites ``_definition`` made."""
    return _context(None)


def _context(docs_dir: str | None) -> Any:
    """An in-memory GX context with one pandas asset per table, and a Data Docs site in
    ``docs_dir``: one per run, so the docs show that run's validations."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    sites = {}
    if docs_dir:
        sites[DOCS_SITE] = {
            "class_name": "SiteBuilder",
            "show_how_to_buttons": False,
            "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                              "base_directory": docs_dir},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        }  # fmt: skip
    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(),
        data_docs_sites=sites,
        progress_bars=ProgressBarsConfig(globally=False),
    )
    context = gx.get_context(mode="ephemeral", project_config=config)
    source = context.data_sources.add_pandas(name="newsdesk")
    for table in (schemas.DOCUMENTS, schemas.SEGMENTS):
        source.add_dataframe_asset(name=table).add_batch_definition_whole_dataframe("batch")
    return context


DOCS_SITE = "newsdesk"


def build_docs(docs_dir: Path, stored: Iterable[dict]) -> Path | None:
    """Render Data Docs into ``docs_dir`` from validation results saved by ``validate`` (in
    whatever process ran it): they are loaded into this process's context, rendered, and
    dropped again."""
    stored = list(stored)
    if not stored:
        return None  # before importing GX: a run with nothing to show costs nothing
    from great_expectations.core.expectation_validation_result import (
        ExpectationSuiteValidationResultSchema,
    )
    from great_expectations.data_context.types.resource_identifiers import (
        ValidationResultIdentifier,
    )

    context = _docs_context(str(docs_dir))
    store = context.validation_results_store
    schema = ExpectationSuiteValidationResultSchema()
    keys = []
    for item in stored:
        key = ValidationResultIdentifier.from_tuple(tuple(item["key"]))
        store.set(key, schema.load(item["result"]))
        keys.append(key)
    try:
        urls = context.build_data_docs(site_names=[DOCS_SITE])
    finally:
        for key in keys:
            store.remove_key(key)
    index = docs_dir / "index.html"
    return index if urls and index.exists() else None


def validate(
    tables: dict[str, pa.Table],
    config: QualityConfig,
    *,
    batch: str,
    checks: Iterable[Check] | None = None,
) -> Outcome:
    """Run the suites on one batch's tables and say which document versions failed what.

    Suites and validation definitions are made once per process and configuration (what
    changes from batch to batch are suite parameters); each batch's results are copied into
    the outcome and removed from the context, so a long run does not grow the process."""
    from great_expectations.core.run_identifier import RunIdentifier

    checks = list(checks) if checks is not None else all_checks()
    files = tables.get(schemas.FILES)
    if files is not None and config.expected_documents is None:
        processed = pc.is_in(files.column("status"), pa.array(["new", "changed"]))
        config = replace(config, expected_documents=pc.sum(processed).as_py() or 0)
    if config.expected_documents is None:
        checks = [c for c in checks if c.name != "row_count_matches_files"]
    context = _validation_context()
    data = frames(tables)
    outcome = Outcome()
    run_id = RunIdentifier(run_name=batch, run_time=dt.datetime.now(dt.UTC))
    for table in (schemas.DOCUMENTS, schemas.SEGMENTS):
        table_checks = [c for c in checks if c.table == table]
        if not table_checks or not data[table].num_rows:
            continue
        definition = _definition(context, table, tuple(table_checks), _static(config))
        frame = data[table].select(_read_columns(definition)).to_pandas()
        # BASIC results (counts, a sample of values) cost a third less than COMPLETE ones
        # (every failing row's key); only a batch where an error check failed needs those.
        for result_format in (BASIC, COMPLETE):
            result = definition.run(
                batch_parameters={"dataframe": frame},
                expectation_parameters=parameters(config),
                result_format=result_format,
                run_id=run_id,
            )
            store = context.validation_results_store
            saved = [(key, store.get(key)) for key in store.list_keys()]
            for key, _ in saved:
                store.remove_key(key)
            if result_format is COMPLETE or not _error_failed(result, table_checks):
                break
        _collect(result, table, table_checks, outcome)
        outcome.gx_results += [{"key": list(key.to_tuple()), "result": value.to_json_dict()}
                               for key, value in saved]  # fmt: skip
    return outcome


def warm_up(config: QualityConfig) -> None:
    """Validate a one-row batch and forget the outcome: GX builds its context, suites and
    metric providers (and imports half its modules) on the first validation, which the gate
    process does before its first batch arrives (``stages.warm_gate``)."""
    tables = {name: pa.Table.from_pylist([{KEY: "0" * 64}], schema=schemas.SCHEMAS[name])
              for name in (schemas.DOCUMENTS, schemas.SEGMENTS, schemas.RAW_DOCUMENTS)}  # fmt: skip
    validate(tables, replace(config, expected_documents=1), batch="warm-up")


BASIC = {"result_format": "BASIC"}
COMPLETE = {"result_format": "COMPLETE", "unexpected_index_column_names": [KEY]}


def _error_failed(result: Any, checks: list[Check]) -> bool:
    severity = {c.name: c.severity for c in checks}
    return any(not item.success and severity[(item.expectation_config.meta or {})["check"]]
               == "error" for item in result.results)  # fmt: skip


def _static(config: QualityConfig) -> QualityConfig:
    """``config`` without what suite parameters carry: the key of a process's suites."""
    return replace(config, now=dt.datetime(2000, 1, 1, tzinfo=dt.UTC),
                   known_outlets=frozenset(), expected_documents=None)  # fmt: skip


_definitions: dict[tuple, Any] = {}


def _definition(context: Any, table: str, checks: tuple[Check, ...], config: QualityConfig) -> Any:
    """The process's validation definition of ``table``'s suite for these checks and bounds."""
    import great_expectations as gx

    key = (table, tuple(c.name for c in checks), config)
    if key in _definitions:
        return _definitions[key]
    same_table = sum(1 for k in _definitions if k[0] == table)
    name = table if not same_table else f"{table}-{same_table + 1}"
    suite = gx.ExpectationSuite(name=name)
    for check in checks:
        expectation = check.build(config)
        expectation.severity = GX_SEVERITY[check.severity]
        expectation.meta = {"check": check.name, "description": check.description}
        suite.add_expectation(expectation)
    suite = context.suites.add(suite)
    asset = context.data_sources.get("newsdesk").get_asset(table)
    definition = context.validation_definitions.add(
        gx.ValidationDefinition(name=name, data=asset.get_batch_definition("batch"), suite=suite)
    )
    _definitions[key] = definition
    return definition


def _collect(result: Any, table: str, checks: list[Check], outcome: Outcome) -> None:
    by_name = {c.name: c for c in checks}
    for item in result.results:
        config = item.expectation_config
        check = by_name[(config.meta or {})["check"]]
        details = item.result or {}
        failing = _failing_keys(details)
        observed = _observed(details) or _exception(item)
        outcome.results.append({
            "batch": "", "table_name": table, "expectation": check.name,
            "expectation_type": config.type, "severity": check.severity,
            "success": bool(item.success), "element_count": details.get("element_count"),
            "unexpected_count": details.get("unexpected_count"),
            "unexpected_percent": details.get("unexpected_percent"),
            "observed_value": observed,
        })  # fmt: skip
        if item.success or check.severity != "error":
            continue
        if not failing:
            outcome.batch_failures.append(check.name)
        for sha, seen in failing:
            outcome.failed.setdefault(sha, []).append((check.name, seen))


def _failing_keys(details: dict) -> list[tuple[str, str]]:
    """(content_sha256, observed value) of each failing row."""
    rows = details.get("unexpected_index_list") or []
    values = details.get("unexpected_list") or []
    found = []
    for i, row in enumerate(rows):
        sha = row.get(KEY) if isinstance(row, dict) else None
        if sha is None:
            continue
        seen = values[i] if i < len(values) else None
        found.append((sha, _short(seen)))
    return found


def _observed(details: dict) -> str | None:
    if "observed_value" in details:
        return _short(details["observed_value"])
    if details.get("unexpected_count"):
        return _short(details.get("partial_unexpected_list", [])[:5])
    return None


def _exception(item: Any) -> str | None:
    """GX reports a check that could not run as success=False with an empty result and the
    error nested under a metric id, or flat: say what went wrong either way."""
    info = item.exception_info or {}
    entries = [info] if "raised_exception" in info else list(info.values())
    messages = [e.get("exception_message") for e in entries
                if isinstance(e, dict) and e.get("raised_exception")]  # fmt: skip
    return _short("error: " + "; ".join(str(m) for m in messages)) if messages else None


def _short(value: Any, limit: int = 300) -> str:
    if value is None or (isinstance(value, float) and value != value):  # None or NaN
        return "null"
    text = value if isinstance(value, str) else json.dumps(value, default=str, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"
