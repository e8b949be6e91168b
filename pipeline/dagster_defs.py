"""The newsdesk pipeline as Dagster assets: wiring only, every body one call into stages.

Asset keys are the table names (the same names as the Parquet folders, the DuckDB views and the
Airflow Assets). The quality gate's error-level checks are blocking asset checks on
``dq_results``: they read the results of the same Great Expectations suites the CLI runs, so a
failure stops the publish. Configuration comes from the same settings model and ``NEWSDESK_*``
variables as the CLI. Install with ``pip install newsdesk[dagster]``; run ``make dagster``.
"""

# No "from __future__ import annotations": Dagster reads the context and resource annotations
# at definition time.
from typing import Any

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline import quality, schemas, stages
from pipeline.config import Settings, load_settings, schedule

GROUP = "newsdesk"
PROCESSED = [schemas.FILES, schemas.RAW_DOCUMENTS, schemas.DOCUMENTS, schemas.SEGMENTS,
             schemas.DATE_MENTIONS, schemas.CITATIONS, schemas.SIGNATURES,
             schemas.LINK_BUCKETS]  # fmt: skip
ERROR_CHECKS = [c for c in quality.all_checks() if c.severity == "error"]


class NewsdeskSettings(dg.ConfigurableResource):
    """Settings as the CLI builds them; unset fields fall back to NEWSDESK_* and defaults."""

    config_file: str | None = None
    landing_dir: str | None = None
    data_dir: str | None = None
    strict: bool = False  # row-level check failures also block the publish

    def load(self) -> Settings:
        return load_settings(self.config_file, landing_dir=self.landing_dir, data_dir=self.data_dir)


def newsdesk_run_id(context: dg.AssetExecutionContext) -> str:
    """One newsdesk run per Dagster run, the same id in every step."""
    return "dg-" + context.run.run_id.replace("-", "")[:16]


@dg.multi_asset(
    specs=[dg.AssetSpec(name, group_name=GROUP, kinds={"parquet"}) for name in PROCESSED],
    description="Discover new and changed files, then ingest, clean and annotate them in batches.",
)
def processed(context: dg.AssetExecutionContext, newsdesk: NewsdeskSettings):
    settings = newsdesk.load()
    report = stages.process_landing(settings, newsdesk_run_id(context))
    rows = stages.run_table_rows(settings, report.run_id)
    for name in PROCESSED:
        yield dg.MaterializeResult(
            asset_key=name,
            metadata={"rows": rows[name], "run_id": report.run_id, **_counts(report)},
        )


@dg.multi_asset(
    specs=[dg.AssetSpec(schemas.DQ_RESULTS, group_name=GROUP, deps=PROCESSED, kinds={"parquet"}),
           dg.AssetSpec(schemas.QUARANTINE, group_name=GROUP, deps=PROCESSED, kinds={"parquet"})],
    check_specs=[dg.AssetCheckSpec(c.name, asset=schemas.DQ_RESULTS, blocking=True,
                                   description=c.description) for c in ERROR_CHECKS],
    description="The quality gate: Great Expectations suites on every batch of the run.",
)  # fmt: skip
def quality_gate(context: dg.AssetExecutionContext, newsdesk: NewsdeskSettings):
    settings = newsdesk.load()
    report = stages.run_quality(settings, newsdesk_run_id(context))
    rows = stages.run_table_rows(settings, report.run_id)
    docs = next((p for p in report.paths if p.endswith(".html")), None)
    yield dg.MaterializeResult(
        asset_key=schemas.DQ_RESULTS,
        metadata={"rows": rows[schemas.DQ_RESULTS], "data_docs": docs or "", **_counts(report)},
    )
    yield dg.MaterializeResult(asset_key=schemas.QUARANTINE,
                               metadata={"rows": rows[schemas.QUARANTINE]})  # fmt: skip
    verdict = stages.quality_verdict(settings, report.run_id, strict=newsdesk.strict)
    for name, entry in verdict.items():
        # A failure resolved by quarantine shows as a warning and lets the publish go on.
        severity = dg.AssetCheckSeverity.ERROR if entry["blocking"] else dg.AssetCheckSeverity.WARN
        yield dg.AssetCheckResult(
            check_name=name, asset_key=schemas.DQ_RESULTS, passed=entry["passed"],
            severity=severity,
            metadata={"unexpected_rows": entry["unexpected"],
                      "observed": "; ".join(str(o) for o in entry["observed"])[:500]},
        )  # fmt: skip


@dg.asset(
    name=schemas.DOCUMENT_LINKS,
    group_name=GROUP,
    deps=[schemas.DQ_RESULTS, schemas.SIGNATURES, schemas.LINK_BUCKETS],
    kinds={"parquet"},
    description="Copies and rewrites of earlier documents: MinHash signatures, LSH band joins.",
)
def document_links(context: dg.AssetExecutionContext, newsdesk: NewsdeskSettings):
    report = stages.run_links(newsdesk.load(), newsdesk_run_id(context))
    return dg.MaterializeResult(metadata={"run_id": report.run_id, **_counts(report)})


@dg.multi_asset(
    specs=[dg.AssetSpec(schemas.RUNS, group_name=GROUP,
                        deps=[schemas.DQ_RESULTS, schemas.QUARANTINE, schemas.DOCUMENT_LINKS],
                        kinds={"duckdb"}),
           dg.AssetSpec(schemas.OUTLETS, group_name=GROUP, deps=[schemas.DQ_RESULTS],
                        kinds={"duckdb"})],
    description="Commit the run (its row in runs) so the warehouse shows it; run the SQL checks.",
)  # fmt: skip
def published(context: dg.AssetExecutionContext, newsdesk: NewsdeskSettings,
              duckdb: DuckDBResource):  # fmt: skip
    settings = newsdesk.load()
    report = stages.publish(settings, newsdesk_run_id(context))
    with duckdb.get_connection() as con:
        preview = con.execute(
            "select title, language, outlet_name, published_local from documents "
            "where run_id = ? limit 5", [report.run_id],
        ).fetchall()  # fmt: skip
    yield dg.MaterializeResult(
        asset_key=schemas.RUNS,
        metadata={**_counts(report), "preview": dg.MetadataValue.md(_markdown(preview))},
    )
    yield dg.MaterializeResult(asset_key=schemas.OUTLETS, metadata={"run_id": report.run_id})


def _counts(report: stages.StageReport) -> dict[str, int]:
    keep = (
        "files_seen", "files_new", "files_changed", "files_unchanged", "documents",
        "quarantined", "dq_quarantined", "dq_error_failures", "dq_warning_failures",
        "link_candidates", "document_links",
    )  # fmt: skip
    return {k: int(report.counts[k]) for k in keep if k in report.counts}


def _markdown(rows: list[tuple[Any, ...]]) -> str:
    lines = ["| title | language | outlet | published |", "|---|---|---|---|"]
    lines += ["| " + " | ".join("" if v is None else str(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


pipeline_job = dg.define_asset_job("newsdesk_pipeline", selection=dg.AssetSelection.groups(GROUP))

schedule = dg.ScheduleDefinition(
    name="newsdesk_hourly",
    job=pipeline_job,
    cron_schedule=schedule(),  # NEWSDESK_SCHEDULE, default hourly: the same as Airflow
    default_status=dg.DefaultScheduleStatus.RUNNING,
)


@dg.sensor(job=pipeline_job, minimum_interval_seconds=60,
           default_status=dg.DefaultSensorStatus.RUNNING)  # fmt: skip
def landing_sensor(context: dg.SensorEvaluationContext, newsdesk: NewsdeskSettings):
    """Ask for a run when the landing folder's listing changed since the last request."""
    digest, count = stages.landing_fingerprint(newsdesk.load())
    if context.cursor == digest:
        return dg.SkipReason(f"landing folder unchanged ({count} files)")
    return dg.SensorResult(
        run_requests=[dg.RunRequest(run_key=digest, tags={"newsdesk/files": str(count)})],
        cursor=digest,
    )


def _warehouse_path() -> str:
    try:
        return str(load_settings().warehouse_path)
    except Exception:  # noqa: BLE001 - a bad setting is reported when a step runs
        return "data/warehouse.duckdb"


defs = dg.Definitions(
    assets=[processed, quality_gate, document_links, published],
    jobs=[pipeline_job],
    schedules=[schedule],
    sensors=[landing_sensor],
    resources={
        "newsdesk": NewsdeskSettings(),
        "duckdb": DuckDBResource(database=_warehouse_path()),
    },
)
