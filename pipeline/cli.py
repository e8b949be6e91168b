"""``newsdesk``: run the pipeline, query the warehouse, inspect quarantine, measure accuracy.

Every command builds its settings through ``config.load_settings``: flags beat ``NEWSDESK_*``
environment variables, which beat the TOML file given with ``--config``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline import __version__
from pipeline.config import ConfigError, Settings, load_settings

app = typer.Typer(
    name="newsdesk",
    help="Turn scraped news articles into clean, annotated tables in Parquet and DuckDB.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
quarantine_app = typer.Typer(
    help="Inspect files and documents that were held back, and why.", no_args_is_help=True
)
app.add_typer(quarantine_app, name="quarantine")
console = Console()
err = Console(stderr=True)

ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", help="TOML settings file (also NEWSDESK_CONFIG).", show_default=False),
]
DataDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        help="Lake and warehouse folder (env NEWSDESK_DATA_DIR; default data).",
        show_default=False,
    ),
]
WarehouseOpt = Annotated[
    Path | None,
    typer.Option(
        "--warehouse",
        help="DuckDB file (env NEWSDESK_WAREHOUSE; default DATA_DIR/warehouse.duckdb).",
        show_default=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON only.")]


def _settings(config: Path | None, **overrides: Any) -> Settings:
    try:
        return load_settings(config, **overrides)
    except ConfigError as exc:
        err.print(f"[bold red]configuration error[/]: {exc}")
        raise typer.Exit(2) from None


RunOpt = Annotated[str | None, typer.Option("--run", help="A run id (default: the last run).")]


def _print_arrow(result: Any, title: str | None = None) -> None:
    """An Arrow result as a terminal table (long cells cut at 200 characters)."""
    table = Table(title=title, title_justify="left")
    for name in result.column_names:
        table.add_column(name, overflow="fold")
    for row in result.to_pylist():
        table.add_row(*("" if v is None else str(v)[:200] for v in row.values()))
    console.print(table)


def _version(value: bool) -> None:
    if value:
        console.print(f"newsdesk {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Turn scraped news articles into clean, annotated tables in Parquet and DuckDB."""


@app.command()
def run(
    landing: Annotated[
        Path | None,
        typer.Option(
            "--landing",
            help="Folder of article files (env NEWSDESK_LANDING_DIR; default landing).",
            show_default=False,
        ),
    ] = None,  # noqa: E501
    data_dir: DataDirOpt = None,
    warehouse: WarehouseOpt = None,
    config: ConfigOpt = None,
    batch_size: Annotated[
        int | None,
        typer.Option("--batch-size", help="Files per batch (default 1000).", show_default=False),
    ] = None,  # noqa: E501
    max_file_bytes: Annotated[
        int | None,
        typer.Option(
            "--max-file-bytes",
            help="Larger files are quarantined (default 5000000).",
            show_default=False,
        ),
    ] = None,  # noqa: E501
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=0,
            help="Batch processes (default 0: one per core).",
            show_default=False,
        ),
    ] = None,  # fmt: skip
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 when any error-level quality check failed.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Ingest new and changed files from the landing folder, clean and annotate them, and
    publish them to the lake and warehouse. Unchanged files are skipped; bad files are
    quarantined with a reason and the run carries on."""
    from pipeline import stages

    settings = _settings(
        config,
        landing_dir=landing,
        data_dir=data_dir,
        warehouse=warehouse,
        batch_size=batch_size,
        max_file_bytes=max_file_bytes,
        workers=workers,
    )
    show = not (quiet or as_json)
    try:
        if show:
            with Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=err,
                transient=True,
            ) as progress:
                task = progress.add_task("scanning landing folder", total=None)

                def discovered(report: stages.StageReport) -> None:
                    progress.update(
                        task,
                        description="processing files",
                        total=report.counts.get("files_to_process", 0),
                        completed=0,
                    )

                def batch_done(report: stages.StageReport) -> None:
                    progress.advance(task, report.counts.get("files", 0))

                report = stages.run_all(settings, on_discovered=discovered, on_batch=batch_done)
        else:
            report = stages.run_all(settings)
    except (FileNotFoundError, stages.RunLockedError) as exc:
        err.print(f"[bold red]error[/]: {exc}")
        raise typer.Exit(2) from None
    if as_json:
        print(json.dumps(report.to_dict(), default=str))
    elif not quiet:
        _print_summary(settings, report)
    failures = report.counts.get("dq_error_failures", 0)
    if strict and failures:
        err.print(f"[bold red]--strict[/]: {failures} error-level quality check(s) failed")
        raise typer.Exit(1)


def _print_summary(settings: Settings, report: Any) -> None:
    from pipeline import warehouse

    c = report.counts
    table = Table(title=f"newsdesk run {report.run_id}", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    rows = [
        ("files seen", c.get("files_seen", 0)),
        ("ingested (new + changed)", c.get("files_new", 0) + c.get("files_changed", 0)),
        ("skipped, unchanged", c.get("files_unchanged", 0)),
        ("skipped, duplicate content", c.get("files_duplicate", 0)),
        ("quarantined", c.get("quarantined", 0)),
        ("documents published", c.get("documents", 0)),
        ("seconds", f"{report.seconds:.2f}"),
    ]
    for label, value in rows:
        table.add_row(label, str(value))
    console.print(table)
    reasons = {
        k.removeprefix("quarantined_"): v for k, v in c.items() if k.startswith("quarantined_")
    }
    if reasons:
        console.print(
            "quarantine reasons: " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items()))
        )
    if c.get("documents"):
        mix = warehouse.query(
            settings,
            "select language, coalesce(outlet_name, '(unknown)') as outlet, count(*) as documents "
            "from documents where run_id = ? group by all order by documents desc, outlet",
            [report.run_id],
        )
        _print_arrow(mix, "documents by language and outlet")
    _print_quality(settings, report)
    if c.get("failed_checks"):
        console.print(
            f"[yellow]{c['failed_checks']} warehouse check(s) failed: run `newsdesk checks`[/]"
        )
    console.print(f"warehouse: [bold]{settings.warehouse_path}[/]")
    console.print(
        "try: newsdesk query "
        '"select title, language, published_at, outlet_name from documents_current limit 10"'
    )


def _print_quality(settings: Settings, report: Any) -> None:
    from pipeline import warehouse

    c = report.counts
    console.print(
        f"quality: {c.get('dq_error_failures', 0)} error and "
        f"{c.get('dq_warning_failures', 0)} warning check failures; "
        f"{c.get('dq_quarantined', 0)} document(s) quarantined by checks"
    )
    if c.get("dq_error_failures") or c.get("dq_warning_failures"):
        failed = warehouse.query(
            settings,
            "select table_name, expectation, severity, sum(unexpected_count) as rows "
            "from dq_results where run_id = ? and not success group by all order by 1, 2",
            [report.run_id],
        )
        for row in failed.to_pylist():
            name = f"{row['table_name']}.{row['expectation']}"
            console.print(f"  {row['severity']:<7} {name}: {row['rows']} row(s)")
    docs = next(
        (p for s in report.stages if s.stage == "quality" for p in s.paths if p.endswith(".html")),
        None,
    )
    if docs:
        console.print(f"data docs: [bold]{docs}[/]")


@app.command()
def dq(
    run_id: RunOpt = None,
    data_dir: DataDirOpt = None,
    warehouse: WarehouseOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show the quality-check results of the last run (or of --run), failures first."""
    from pipeline import warehouse as wh

    settings = _settings(config, data_dir=data_dir, warehouse=warehouse)
    if run_id is None:
        last = wh.query(settings, "select run_id from runs order by started_at desc limit 1")
        if last.num_rows == 0:
            err.print("no run yet: run `newsdesk run` first")
            raise typer.Exit(1)
        run_id = last.column("run_id")[0].as_py()
    result = wh.query(
        settings,
        "select table_name, expectation, severity, bool_and(success) as success, "
        "sum(element_count) as checked, sum(unexpected_count) as unexpected, "
        "string_agg(distinct observed_value, ' | ') as observed "
        "from dq_results where run_id = ? group by all "
        "order by success, severity, table_name, expectation",
        [run_id],
    )
    if as_json:
        print(json.dumps({"run_id": run_id, "results": result.to_pylist()}, default=str))
        return
    table = Table(title=f"quality checks of run {run_id}", title_justify="left")
    for name in ("table", "check", "severity", "result", "checked", "unexpected", "observed"):
        table.add_column(name, overflow="fold")
    marks = {"error": "[red]FAIL[/]", "warning": "[yellow]warn[/]"}
    for row in result.to_pylist():
        mark = "[green]pass[/]" if row["success"] else marks[row["severity"]]
        table.add_row(
            row["table_name"], row["expectation"], row["severity"], mark,
            str(row["checked"] or ""), str(row["unexpected"] or ""), (row["observed"] or "")[:120],
        )  # fmt: skip
    console.print(table)
    if result.num_rows == 0:
        console.print(f"run {run_id} validated no new documents")
    docs = settings.data_dir / "dq_docs" / run_id / "index.html"
    if docs.exists():
        console.print(f"data docs: {docs}")


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="SQL to run read-only against the warehouse.")],
    data_dir: DataDirOpt = None,
    warehouse: WarehouseOpt = None,
    config: ConfigOpt = None,
    output: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    limit: Annotated[int, typer.Option(help="Rows shown in table format.")] = 50,
) -> None:
    """Run ad hoc SQL on the warehouse (read-only). Tables: documents, documents_current,
    segments, date_mentions, citations, outlets, quarantine, files, raw_documents, runs."""
    import duckdb

    from pipeline import warehouse as wh

    settings = _settings(config, data_dir=data_dir, warehouse=warehouse)
    try:
        result = wh.query(settings, sql)
    except (duckdb.Error, FileNotFoundError) as exc:
        err.print(f"[bold red]query failed[/]: {exc}")
        raise typer.Exit(1) from None
    if output == "json":
        print(json.dumps(result.to_pylist(), default=str, ensure_ascii=False))
    elif output == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(result.column_names)
        for row in result.to_pylist():
            writer.writerow(
                json.dumps(v, default=str, ensure_ascii=False) if isinstance(v, list | dict) else v
                for v in row.values()
            )
    else:
        _print_arrow(result.slice(0, limit))
        if result.num_rows > limit:
            console.print(f"({result.num_rows} rows, {limit} shown; use --limit or --format csv)")


def snippet(body: str, terms: str, width: int = 160) -> str:
    """The stretch of the body around the first query term (matched on its first letters, as a
    stemmer would), with the term in bold."""
    import re

    stems = [t[: max(4, len(t) - 3)] for t in re.findall(r"\w+", terms) if len(t) >= 3]
    match = None
    if stems:
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, stems)) + r")\w*", re.I)
        match = pattern.search(body)
    start = max(0, (match.start() if match else 0) - width // 3)
    text = body[start : start + width].replace("\n", " ")
    prefix = "…" if start else ""
    suffix = "…" if start + width < len(body) else ""
    if stems:
        text = pattern.sub(lambda m: f"[bold]{m.group(0)}[/]", text)
    return f"{prefix}{text}{suffix}"


@app.command()
def search(
    terms: Annotated[str, typer.Argument(help="Words to find in titles and bodies.")],
    limit: Annotated[int, typer.Option(help="Hits to show.")] = 10,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Rebuild the index first.")] = False,
    data_dir: DataDirOpt = None,
    warehouse: WarehouseOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Full-text search (DuckDB fts, BM25, a stemmer per language) over the current documents:
    ranked hits with outlet, date and a snippet. The index is rebuilt after every run."""
    from pipeline import warehouse as wh

    settings = _settings(config, data_dir=data_dir, warehouse=warehouse)
    if rebuild:
        wh.rebuild_search(settings)
    hits = wh.search(settings, terms, limit).to_pylist()
    if as_json:
        print(json.dumps([{k: v for k, v in h.items() if k != "body"} | {
            "snippet": snippet(h["body"], terms).replace("[bold]", "").replace("[/]", "")}
            for h in hits], default=str, ensure_ascii=False))  # fmt: skip
        return
    if not hits:
        console.print(f"no document matches {terms!r}")
        return
    for rank, hit in enumerate(hits, start=1):
        when = hit["published_at"].date().isoformat() if hit["published_at"] else "undated"
        outlet = hit["outlet_name"] or "unknown outlet"
        facts = f"{outlet} · {when} · {hit['language']} · score {hit['score']:.2f}"
        console.print(f"[bold]{rank}. {hit['title'] or '(untitled)'}[/]  [dim]{facts}[/]")
        console.print(f"   {snippet(hit['body'], terms)}")


@app.command()
def report(
    run_id: RunOpt = None,
    data_dir: DataDirOpt = None,
    warehouse: WarehouseOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Write a self-contained HTML report of a run and the warehouse: counts, quality results,
    charts of volume over time, language and outlet mix, duplicates and rewrites."""
    from pipeline.report import build_report

    settings = _settings(config, data_dir=data_dir, warehouse=warehouse)
    try:
        path = build_report(settings, run_id)
    except (KeyError, FileNotFoundError) as exc:
        err.print(f"[bold red]error[/]: {exc.args[0] if exc.args else exc}")
        raise typer.Exit(2) from None
    console.print(f"report: [bold]{path}[/]")


@app.command()
def checks(
    data_dir: DataDirOpt = None,
    warehouse: WarehouseOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Run the SQL assertions in sql/checks (each lists offending rows; none = pass)."""
    from pipeline import warehouse as wh

    settings = _settings(config, data_dir=data_dir, warehouse=warehouse)
    results = wh.run_checks(settings)
    for result in results:
        mark = "[green]pass[/]" if result.passed else f"[red]FAIL ({result.offending_rows} rows)[/]"
        console.print(f"{mark}  {result.name}")
    if not all(r.passed for r in results):
        raise typer.Exit(1)


@app.command("eval")
def eval_command(
    folder: Annotated[
        Path,
        typer.Argument(help="Folder of articles with labels*.toml.", exists=True, file_okay=False),
    ],  # noqa: E501
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Measure accuracy on a labelled folder: title, language, date, outlet, and the
    must-keep / must-drop strings of each body (format: eval/FORMAT.md)."""
    from pipeline.evaluate import evaluate, evaluate_pairs

    settings = _settings(config)
    if (folder / "pairs.toml").is_file():
        result = evaluate_pairs(folder, settings)
        if as_json:
            print(json.dumps(result, ensure_ascii=False))
            return
        for row in result["rows"]:
            mark = "ok " if row["correct"] else "BAD"
            predicted = row["predicted"] or "-"
            console.print(f"{mark} {row['label']:<16} {row['similarity']:.3f} {predicted:<16} "
                          f"{row['a']} ~ {row['b']}")  # fmt: skip
        summary = (f"link precision {result['link_precision']}, recall {result['link_recall']}, "
                   f"kind accuracy {result['kind_accuracy']}")  # fmt: skip
        console.print(summary)
        return
    report = evaluate(folder, settings)
    if as_json:
        print(json.dumps(report.to_dict(), default=str, ensure_ascii=False))
        return
    data = report.to_dict()
    for failure in data["failures"]:
        console.print(f"[bold]{failure['file']}[/]: " + ", ".join(failure["fields"]))
        for name in failure["fields"]:
            if name in failure["got"]:
                console.print(
                    f"    {name}: got {failure['got'][name]!r}, "
                    f"expected {failure['expected'][name]!r}"
                )  # noqa: E501
        for text in failure["missing_keep"]:
            console.print(f"    missing: {text[:100]!r}")
        for text in failure["leaked_drop"]:
            console.print(f"    leaked:  {text[:100]!r}")
    table = Table(title=f"accuracy on {data['files']} labelled articles", title_justify="left")
    table.add_column("field")
    table.add_column("accuracy", justify="right")
    for name, value in data["accuracy"].items():
        table.add_row(f"{name} (files)" if name.startswith("must") else name, f"{value:.1%}")
    for name, value in data["strings"].items():
        table.add_row(name.replace("_", " "), f"{value:.1%}")
    console.print(table)


@app.command()
def bench(
    docs: Annotated[int, typer.Option("--docs", min=10, help="Synthetic articles to generate.")] = (
        20_000
    ),
    workdir: Annotated[
        Path | None,
        typer.Option(
            "--workdir",
            help="Where the corpus and the benchmark's data folder go (default DATA_DIR/bench).",
            show_default=False,
        ),
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Corpus generator seed.")] = 0,
    exact_share: Annotated[
        float,
        typer.Option(
            "--exact-share",
            min=0.0,
            max=0.999,
            help="Share of files that are byte copies of a recent file (skipped at "
            "discover; 0.995 measures listing and the no-op rerun of a huge folder "
            "cheaply).",
        ),
    ] = 0.02,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", min=0, help="Batch processes (default: one per core).", show_default=False
        ),
    ] = None,  # fmt: skip
    batch_size: Annotated[
        int | None,
        typer.Option("--batch-size", min=1, help="Files per batch.", show_default=False),
    ] = None,
    profile: Annotated[
        Path | None,
        typer.Option(
            "--profile",
            help="Profile the run with pyinstrument (in one process) and save PATH.html and "
            "PATH.txt.",
            show_default=False,
        ),
    ] = None,
    json_out: Annotated[
        Path | None,
        typer.Option(
            "--json", help="Also write the figures as JSON to this file.", show_default=False
        ),
    ] = None,  # fmt: skip
    data_dir: DataDirOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Generate a synthetic corpus, run the full pipeline on it, rerun it unchanged, and
    print docs/s per phase, MB/s, peak memory, CPU use and the no-op rerun time."""
    from pipeline import bench as benchmark

    settings = _settings(config, data_dir=data_dir, workers=workers, batch_size=batch_size)
    folder = workdir or settings.data_dir / "bench"
    err.print(f"benchmark: {docs:,} synthetic articles under {folder}")
    result = benchmark.run(settings, docs, workdir=folder, seed=seed, exact_share=exact_share,
                           profile=profile)  # fmt: skip
    data = result.to_dict()
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(data, indent=2), "utf-8")
    _print_bench(data)
    if profile:
        console.print(f"profile: {profile.with_suffix('.html')} and {profile.with_suffix('.txt')}")


def _print_bench(data: dict) -> None:
    mode = "one process (profiled)" if data["workers"] == 1 else f"{data['workers']} workers"
    table = Table(title=f"newsdesk bench: {data['docs']:,} articles, {mode}, batches of "
                  f"{data['batch_size']}", title_justify="left")  # fmt: skip
    table.add_column("phase")
    table.add_column("seconds", justify="right")
    table.add_column("docs/s", justify="right")
    table.add_column("peak MB", justify="right")
    table.add_column("cores busy", justify="right")
    cores = data.get("phase_cores_busy", {})
    for name, seconds in data["phases"].items():
        rate = data["phase_docs_per_second"][name]
        peak = data["phase_peak_pss_mb"].get(name)
        busy = cores.get(name)
        table.add_row(name, f"{seconds:.2f}", f"{rate:,.0f}" if rate else "-",
                      f"{peak:,.0f}" if peak else "-",
                      f"{busy:.2f}" if busy is not None else "-")  # fmt: skip
    table.add_row("[bold]total[/]", f"{data['seconds']:.2f}", f"{data['docs_per_second']:,.0f}",
                  f"{data['peak_pss_mb']:,.0f}", f"{data['cores_used']:.2f}")  # fmt: skip
    console.print(table)
    mb = data["corpus_bytes"] / 1e6
    facts = Table(show_header=False)
    facts.add_column(style="bold")
    facts.add_column(justify="right")
    for label, value in (
        ("corpus", f"{mb:,.1f} MB in {data['docs']:,} files (made in {data['generate_seconds']}s)"),
        ("published / quarantined", f"{data['documents']:,} / {data['quarantined']:,}"),
        ("document links", f"{data['links']:,}"),
        ("throughput", f"{data['mb_per_second']} MB/s"),
        ("peak memory, all processes (PSS)", f"{data['peak_pss_mb']:,.0f} MB"),
        ("peak RSS, largest process", f"{data['peak_process_rss_mb']:,.0f} MB"),
        ("CPU", f"{data['cpu_seconds']:,.0f} s ({data['cores_used']} cores busy on average)"),
        ("no-op rerun", f"{data['noop_seconds']:.2f} s, peak {data['noop_peak_pss_mb']:,.0f} MB"),
        ("machine", f"{data['machine']['cpus']} cores, {data['machine']['memory_gb']} GB, "
                    f"{data['machine']['cpu_model']}"),
    ):  # fmt: skip
        facts.add_row(label, value)
    console.print(facts)


@quarantine_app.command("list")
def quarantine_list(
    show_all: Annotated[
        bool, typer.Option("--all", help="Include released and superseded items.")
    ] = False,
    data_dir: DataDirOpt = None,
    warehouse: WarehouseOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Files and documents held back now, with their reason, newest first."""
    from pipeline import warehouse as wh

    settings = _settings(config, data_dir=data_dir, warehouse=warehouse)
    result = wh.query(
        settings,
        "select quarantine_id, source_path, reason, detail, stage, size_bytes, run_id "
        f"from {'quarantine' if show_all else 'quarantine_current'} "
        "order by quarantined_at desc, source_path",
    )
    if as_json:
        print(json.dumps(result.to_pylist(), default=str, ensure_ascii=False))
        return
    _print_arrow(result, f"{result.num_rows} quarantined")


@quarantine_app.command("show")
def quarantine_show(
    quarantine_id: Annotated[str, typer.Argument(help="Id from `newsdesk quarantine list`.")],
    data_dir: DataDirOpt = None,
    warehouse: WarehouseOpt = None,
    config: ConfigOpt = None,
) -> None:
    """One quarantined item in full, with the start of its kept raw content."""
    from pipeline import warehouse as wh

    settings = _settings(config, data_dir=data_dir, warehouse=warehouse)
    result = wh.query(settings, "select * from quarantine where quarantine_id = ?", [quarantine_id])
    if result.num_rows == 0:
        err.print(f"no quarantine row {quarantine_id!r}")
        raise typer.Exit(1)
    row = result.to_pylist()[0]
    content = row.pop("content")
    for key, value in row.items():
        console.print(f"[bold]{key}[/]: {value}")
    if content is not None:
        preview = content[:600].decode("utf-8", "replace")
        console.print(f"[bold]content[/] ({len(content)} bytes kept):\n{preview}")


@quarantine_app.command("release")
def quarantine_release(
    quarantine_ids: Annotated[
        list[str], typer.Argument(help="Ids from `newsdesk quarantine list`.")
    ],
    force: Annotated[
        bool,
        typer.Option("--force", help="Publish even if quality checks still fail (recorded)."),
    ] = False,
    data_dir: DataDirOpt = None,
    warehouse: WarehouseOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Run quarantined items through the pipeline again from their kept bytes, e.g. after
    fixing a rule or a setting. With --force, failed quality checks are recorded but the
    documents publish anyway."""
    from pipeline import stages

    settings = _settings(config, data_dir=data_dir, warehouse=warehouse)
    try:
        report = stages.release(settings, quarantine_ids, force=force)
    except (KeyError, ValueError, stages.RunLockedError) as exc:
        err.print(f"[bold red]error[/]: {exc.args[0] if exc.args else exc}")
        raise typer.Exit(2) from None
    if as_json:
        print(json.dumps(report.to_dict(), default=str))
        return
    c = report.counts
    console.print(
        f"released {len(quarantine_ids)} item(s) in run {report.run_id}: "
        f"{c.get('documents', 0)} published, {c.get('quarantined', 0)} quarantined again"
    )
    _print_quality(settings, report)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
