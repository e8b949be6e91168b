"""A self-contained HTML report of a run and of the warehouse (``newsdesk report``).

Charts are drawn with matplotlib and embedded as PNG data, tables are plain HTML: the file
opens offline, in any browser, with no script to load. Every number comes from the same
warehouse views analysts query.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
from pathlib import Path
from typing import Any

from pipeline import warehouse
from pipeline.config import Settings

STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;
max-width:1100px;color:#1d2433;padding:0 1rem}h1{margin-bottom:.2rem}h2{margin-top:2.2rem;
border-bottom:1px solid #d8dee9;padding-bottom:.3rem}table{border-collapse:collapse;
margin:.6rem 0;font-size:.92rem}td,th{border:1px solid #d8dee9;padding:.3rem .6rem;
text-align:left}th{background:#eef2f7}.muted{color:#5b6478}.grid{display:grid;
grid-template-columns:1fr 1fr;gap:1rem}img{max-width:100%}.bad{color:#b42318;font-weight:600}
"""


def _rows(settings: Settings, sql: str, params: list | None = None) -> list[dict]:
    return warehouse.query(settings, sql, params).to_pylist()


def _table(rows: list[dict], columns: list[str] | None = None, empty: str = "none") -> str:
    if not rows:
        return f"<p class='muted'>{html.escape(empty)}</p>"
    columns = columns or list(rows[0])
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_fmt(r.get(c)))}</td>" for c in columns) + "</tr>"
        for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".")
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


def _chart(kind: str, labels: list[str], values: list[float], title: str, xlabel: str = "") -> str:
    """A bar chart as an embedded PNG."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    figure, axes = plt.subplots(figsize=(6.4, 3.4), dpi=110)
    if not labels:
        axes.text(0.5, 0.5, "no data yet", ha="center", va="center", transform=axes.transAxes)
        axes.set_axis_off()
    elif kind == "barh":
        axes.barh(labels[::-1], values[::-1], color="#3b6fb6")
        axes.set_xlabel(xlabel)
    else:
        axes.bar(labels, values, color="#3b6fb6")
        axes.set_ylabel(xlabel)
        axes.tick_params(axis="x", labelrotation=45)
        for tick in axes.get_xticklabels():
            tick.set_horizontalalignment("right")
    axes.set_title(title, fontsize=11)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    plt.close(figure)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f"<img alt='{html.escape(title)}' src='data:image/png;base64,{data}'>"


def build_report(settings: Settings, run_id: str | None = None) -> Path:
    """Write ``DATA_DIR/reports/report-<run>.html`` and return its path."""
    runs = _rows(settings, "select * from runs order by started_at desc")
    run = next((r for r in runs if r["run_id"] == run_id), runs[0] if runs else None)
    if run_id and (run is None or run["run_id"] != run_id):
        raise KeyError(f"no run {run_id}")
    sections = [
        _run_section(settings, run),
        _warehouse_section(settings),
        _quality_section(settings),
        _links_section(
            settings, "Duplicate clusters", DUPLICATE_KINDS, "no copies or rewrites linked yet"
        ),
        _links_section(
            settings,
            "Story clusters",
            (*DUPLICATE_KINDS, "same_story"),
            "no reports of one story linked yet",
        ),
    ]
    name = run["run_id"] if run else "empty"
    generated = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    page = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>newsdesk report {html.escape(name)}</title><style>{STYLE}</style></head><body>"
        f"<h1>newsdesk report</h1><p class='muted'>run {html.escape(name)} · generated "
        f"{generated} · warehouse {html.escape(str(settings.warehouse_path))}</p>"
        + "".join(sections)
        + "</body></html>"
    )
    path = settings.data_dir / "reports" / f"report-{name}.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(page, "utf-8")
    tmp.replace(path)
    return path


def _run_section(settings: Settings, run: dict | None) -> str:
    if run is None:
        return "<h2>Run</h2><p class='muted'>no run yet</p>"
    keys = [
        "started_at",
        "duration_s",
        "files_seen",
        "files_new",
        "files_changed",
        "files_unchanged",
        "files_duplicate",
        "documents",
        "quarantined",
        "segments",
        "citations",
    ]
    facts = [{"measure": k, "value": run.get(k)} for k in keys]
    reasons = _rows(
        settings,
        "select reason, count(*) as items from quarantine "
        "where run_id = ? group by all order by items desc",
        [run["run_id"]],
    )
    return (
        "<h2>This run</h2><div class='grid'><div>" + _table(facts) + "</div><div>"
        "<h3>Quarantined, by reason</h3>"
        + _table(reasons, empty="nothing quarantined")
        + "</div></div>"
    )


def _warehouse_section(settings: Settings) -> str:
    days = _rows(
        settings,
        "select day, sum(documents) as documents from documents_per_outlet_day "
        "where day is not null group by day order by day",
    )
    languages = _rows(settings, "select language, documents from language_mix")
    outlets = _rows(
        settings,
        "select coalesce(outlet_name, '(unknown)') as outlet, "
        "count(*) as documents from documents_current group by all "
        "order by documents desc, outlet limit 15",
    )
    total = _rows(
        settings,
        "select count(*) as documents, count(distinct outlet_id) as outlets, "
        "count(distinct language) as languages from documents_current",
    )
    volume = _chart(
        "bar",
        [str(r["day"]) for r in days[-60:]],
        [r["documents"] for r in days[-60:]],
        "Documents by publication day",
        "documents",
    )
    mix = _chart(
        "barh",
        [r["language"] for r in languages],
        [r["documents"] for r in languages],
        "Language mix",
        "documents",
    )
    outlet_mix = _chart(
        "barh",
        [r["outlet"] for r in outlets],
        [r["documents"] for r in outlets],
        "Outlet mix (top 15)",
        "documents",
    )
    return (
        "<h2>Warehouse</h2>" + _table(total) + f"<div class='grid'><div>{volume}</div>"
        f"<div>{mix}</div><div>{outlet_mix}</div></div>"
    )


def _quality_section(settings: Settings) -> str:
    runs = _rows(
        settings,
        "select run_id, started_at, documents, quarantined, error_failures, "
        "warning_failures, failed_checks from quality_per_run limit 20",
    )
    chart = _chart(
        "bar",
        [r["run_id"][-6:] for r in runs[::-1]],
        [r["quarantined"] for r in runs[::-1]],
        "Quarantined per run",
        "items",
    )
    return (
        "<h2>Quality</h2><div class='grid'><div>"
        + chart
        + "</div><div>"
        + _table(
            runs, ["started_at", "documents", "quarantined", "error_failures", "failed_checks"]
        )
        + "</div></div>"
    )


DUPLICATE_KINDS = ("exact_duplicate", "near_duplicate", "rewrite")


def _links_section(
    settings: Settings, heading: str, link_kinds: tuple[str, ...], empty: str
) -> str:
    """Clusters of linked documents: the connected components of the links of ``link_kinds``
    (the same text; or, with ``same_story``, every report of one story)."""
    links = _rows(
        settings,
        "select a_content_sha256 as a, b_content_sha256 as b, kind from document_links "
        "where list_contains(?, kind)",
        [list(link_kinds)],
    )
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    kinds: dict[str, set[str]] = {}
    for link in links:
        parent[root(link["a"])] = root(link["b"])
    for link in links:
        kinds.setdefault(root(link["a"]), set()).add(link["kind"])
    if not parent:
        return f"<h2>{heading}</h2><p class='muted'>{empty}</p>"
    members = _rows(
        settings,
        "select content_sha256, title, coalesce(outlet_name, '(unknown)') as outlet, "
        "published_at from documents where list_contains(?, content_sha256)",
        [sorted(parent)],
    )
    clusters: dict[str, list[dict]] = {}
    for member in members:
        clusters.setdefault(root(member["content_sha256"]), []).append(member)
    rows = []
    for key, docs in sorted(clusters.items(), key=lambda item: -len(item[1])):
        dated = [d for d in docs if d["published_at"]]
        first = min(dated, key=lambda d: d["published_at"])["outlet"] if dated else None
        rows.append({
            "documents": len(docs),
            "kinds": ", ".join(sorted(kinds.get(key, set()))),
            "outlets": ", ".join(sorted({d["outlet"] for d in docs})),
            "first_outlet": first,
            "titles": " | ".join(d["title"] or "" for d in docs),
        })
    return f"<h2>{heading}</h2>" + _table(rows)
