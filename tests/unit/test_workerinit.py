"""The workers' forkserver preloads what a batch would otherwise build in every worker; the
gate process builds Great Expectations' suites before its first batch."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(script: str) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True,
                          text=True, check=True)  # fmt: skip
    return done.stdout.strip().splitlines()[-1]


def test_forkserver_preload_leaves_great_expectations_to_the_gate_process() -> None:
    """The workers never validate: a server that imported GX (~2-3 s) would keep them waiting
    for it and fork every one of them with it."""
    script = """
        import sys
        import pipeline.workerinit
        print(sorted(m for m in ("great_expectations", "pipeline.quality") if m in sys.modules))
    """
    assert _run(script) == "[]"


def test_the_gate_warm_up_builds_the_suites_a_batch_of_the_run_uses(tmp_path) -> None:
    """The warm-up only saves the first batch's wait if that batch then reuses its validation
    definitions: their key (the static bounds) must be the one the run's batches use, also
    under settings other than the defaults."""
    script = f"""
        import datetime as dt
        from pipeline import quality, schemas, stages
        from pipeline.config import Settings

        settings = Settings(landing_dir={str(tmp_path)!r}, data_dir={str(tmp_path)!r},
                            min_body_chars=123)
        stages.warm_gate(settings)
        config = stages._quality_config(settings, dt.datetime.now(dt.UTC),
                                        schemas.DOCUMENTS_SCHEMA.empty_table())
        static = quality._static(config)
        print(sorted(key[0] for key in quality._definitions if key[2] == static))
    """
    assert _run(script) == "['documents', 'segments']"


def test_the_runs_process_leaves_the_rule_sets_uncompiled_and_the_workers_server_compiles_them():
    """The line rules' RE2 sets are ~50 MB a process: the run's own process imports them with
    the outlet registry but never cleans a page (its workers do), so it must not compile them;
    the workers' server compiles every set before it forks, so the workers share one copy."""
    script = """
        import pipeline.stages
        from pipeline import cues, patternset
        main = cues.LINE_MATCHER._lowered in patternset._UNBUILT
        import pipeline.workerinit
        print(main, len(patternset._UNBUILT))
    """
    assert _run(script) == "True 0"
