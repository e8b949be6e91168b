"""
### newsdesk_ingest

Scraped news articles from the landing folder to clean, annotated, quality-checked tables.

1. **discover**: new and changed files, written as batch manifests (paths only go through XCom);
2. **process_batch** (mapped over the manifests, in groups when a run has more batches than
   `[core] max_map_length`): ingest, clean and annotate one batch;
3. **quality_gate**: Great Expectations suites on every batch; failing documents to quarantine;
   then **link_documents**: copies and rewrites of earlier documents (MinHash + LSH);
4. **publish** (pool `newsdesk_warehouse`, one slot: DuckDB has one writer): the run's commit,
   after which the warehouse shows it; declares the tables as Assets;
5. **run_report**: the run's counts and its HTML report (`DATA_DIR/reports/`).

Settings come from the DAG params, then `NEWSDESK_*` variables and the optional TOML file
(`NEWSDESK_CONFIG`), validated by the same model as the CLI. Every task is idempotent: a retry
overwrites its own files, and nothing is visible before publish commits.
"""

import datetime as dt

from airflow.sdk import Asset, Param, dag, get_current_context, task

from pipeline.config import schedule

TABLES = ("files", "raw_documents", "documents", "segments", "date_mentions", "citations",
          "quarantine", "dq_results", "signatures", "link_buckets", "document_links", "runs",
          "outlets")  # fmt: skip
ASSETS = [Asset(name) for name in TABLES]
RETRY = {"retries": 2, "retry_delay": dt.timedelta(seconds=30), "retry_exponential_backoff": True}


def _run() -> tuple:
    """Settings and newsdesk run id of the current DAG run (imports stay inside tasks)."""
    from pipeline import stages

    context = get_current_context()
    settings = stages.settings_from_params(dict(context["params"]))
    return settings, stages.orchestrated_run_id("af", context["dag_run"].run_id)


@dag(
    dag_id="newsdesk_ingest",
    schedule=schedule(),  # NEWSDESK_SCHEDULE, default hourly
    start_date=dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
    catchup=False,
    max_active_runs=1,
    default_args={**RETRY, "execution_timeout": dt.timedelta(hours=2)},
    tags=["newsdesk"],
    doc_md=__doc__,
    params={
        "landing_dir": Param(None, type=["null", "string"], description="Folder of article files."),
        "data_dir": Param(None, type=["null", "string"], description="Lake and warehouse folder."),
        "batch_size": Param(
            None, type=["null", "integer"], minimum=1, description="Files per batch."
        ),
        "config_file": Param(None, type=["null", "string"], description="newsdesk TOML file."),
    },
)
def newsdesk_ingest():
    @task(doc_md="List the landing folder; write batch manifests; return their paths, in at "
                 "most `[core] max_map_length` groups.")  # fmt: skip
    def discover() -> list[list[str]]:
        from airflow.sdk import conf

        from pipeline import stages

        limit = conf.getint("core", "max_map_length", fallback=1024)
        return stages.manifest_groups(stages.begin(*_run()), limit)

    @task(doc_md="Ingest, clean and annotate a group of batches (one, unless the run has more "
                 "batches than Airflow maps tasks); invisible until publish.",
          max_active_tis_per_dagrun=2, multiple_outputs=False)  # fmt: skip
    def process_batch(manifests: list[str]) -> dict:
        from pipeline import stages

        return stages.run_batches(_run()[0], manifests).to_dict()

    # none_failed: with no new files the mapped task has nothing to do (skipped), and the run
    # must still commit, so the runs table shows it.
    @task(doc_md="Run the expectation suites; quarantine failing documents; record dq_results.",
          trigger_rule="none_failed", multiple_outputs=False)  # fmt: skip
    def quality_gate(reports: list[dict]) -> dict:
        from pipeline import stages

        return stages.run_quality(*_run()).to_dict()

    @task(doc_md="Link new documents to earlier ones that carry the same text (MinHash, LSH).",
          multiple_outputs=False)  # fmt: skip
    def link_documents(quality: dict) -> dict:
        from pipeline import stages

        return stages.run_links(*_run()).to_dict()

    @task(doc_md="Commit the run: one atomic write makes it visible in the warehouse.",
          pool="newsdesk_warehouse", outlets=ASSETS, retries=3, multiple_outputs=False)  # fmt: skip
    def publish(linked: dict) -> dict:
        from pipeline import stages

        return stages.publish(*_run()).to_dict()

    @task(doc_md="Counts of the run, and its HTML report in DATA_DIR/reports.", retries=1,
          multiple_outputs=False)  # fmt: skip
    def run_report(published: dict) -> dict:
        from pipeline import stages

        counts = {k: v for k, v in published["counts"].items() if not k.startswith("segments_")}
        return {**counts, "report": stages.write_report(*_run())}

    manifests = discover()
    quality = quality_gate(process_batch.expand(manifests=manifests))
    run_report(publish(link_documents(quality)))


newsdesk_ingest()
