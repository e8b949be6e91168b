"""Drive the DAGs in a fresh process (Airflow reads AIRFLOW_HOME once, at import).

usage: run_dags.py integrity | runs LANDING DATA EXTRA_FILE
Prints one JSON document on the last line of stdout.
"""

import json
import shutil
import sys
import time
from pathlib import Path


def integrity(dags: Path) -> dict:
    from airflow.models import DagBag

    started = time.perf_counter()  # the DAG files' own parse cost, not Airflow's import
    bag = DagBag(dag_folder=str(dags))
    parse_s = time.perf_counter() - started
    heavy = [m for m in ("pipeline.stages", "great_expectations", "lingua", "duckdb", "pandas")
             if m in sys.modules]  # fmt: skip
    out = {"import_errors": {k: str(v) for k, v in bag.import_errors.items()},
           "parse_s": parse_s, "heavy_modules_at_parse": heavy, "dags": {}}  # fmt: skip
    for dag_id, dag in bag.dags.items():
        out["dags"][dag_id] = {
            "tasks": sorted(t.task_id for t in dag.tasks),
            "tags": sorted(dag.tags),
            "max_active_runs": dag.max_active_runs,
            "catchup": dag.catchup,
            "doc_md": bool(dag.doc_md),
            "schedule": getattr(dag.timetable, "summary", type(dag.timetable).__name__),
            "cron": getattr(dag.timetable, "expression", None),
            "retries": {t.task_id: t.retries for t in dag.tasks},
            "pools": {t.task_id: t.pool for t in dag.tasks},
            "outlets": {t.task_id: sorted(a.name for a in t.outlets) for t in dag.tasks},
            "task_docs": all(bool(t.doc_md) for t in dag.tasks),
        }
    return out


def runs(dags: Path, landing: Path, data: Path, extra: Path) -> dict:
    from airflow.models import DagBag

    dag = DagBag(dag_folder=str(dags)).dags["newsdesk_ingest"]
    conf = {"landing_dir": str(landing), "data_dir": str(data)}
    results = []
    for step in ("first", "again", "new_file"):
        if step == "new_file":
            shutil.copy(extra, landing / extra.name)
        started = time.perf_counter()
        run = dag.test(run_conf=conf)
        report = run.get_task_instance("run_report").xcom_pull(task_ids="run_report")
        mapped = [ti for ti in run.get_task_instances() if ti.task_id == "process_batch"]
        results.append({"step": step, "state": str(run.state), "report": report,
                        "mapped": len(mapped),
                        "seconds": time.perf_counter() - started})  # fmt: skip
    return {"runs": results}


if __name__ == "__main__":
    dags = Path(__file__).resolve().parents[3] / "dags"
    if sys.argv[1] == "integrity":
        result = integrity(dags)
    else:
        result = runs(dags, *(Path(arg) for arg in sys.argv[2:5]))
    print(json.dumps(result, default=str))
