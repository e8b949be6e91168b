"""
### newsdesk_analytics

Runs when `newsdesk_ingest` publishes (scheduled on its `documents` Asset): brings the
warehouse's derived views up to date and records the marts' sizes. The lineage
documents → marts shows in the Assets view.
"""

import datetime as dt

from airflow.sdk import Asset, dag, task


@dag(
    dag_id="newsdesk_analytics",
    schedule=[Asset("documents")],
    start_date=dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 2, "retry_delay": dt.timedelta(seconds=30)},
    tags=["newsdesk"],
    doc_md=__doc__,
)
def newsdesk_analytics():
    @task(
        outlets=[Asset("documents_current"), Asset("documents_by_outlet_language")],
        multiple_outputs=False,
        doc_md="Bring the warehouse views up to date; count the marts' rows.",
    )
    def refresh_marts() -> dict:
        from pipeline import stages

        return stages.refresh_analytics(stages.settings_from_params(None))

    refresh_marts()


newsdesk_analytics()
