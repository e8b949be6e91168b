"""The workers' forkserver preloads what a batch would otherwise build in every worker."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_forkserver_preload_builds_the_suites_a_default_batch_uses(tmp_path) -> None:
    """The GX warm-up only saves memory if a worker's batches then reuse its validation
    definitions: their key (the static bounds) must be the one a default run's batches use."""
    script = textwrap.dedent(f"""
        import datetime as dt
        import pipeline.workerinit
        from pipeline import quality, schemas, stages
        from pipeline.config import Settings

        made = dict(quality._definitions)
        settings = Settings(landing_dir={str(tmp_path)!r}, data_dir={str(tmp_path)!r})
        config = stages._quality_config(settings, dt.datetime.now(dt.UTC),
                                        schemas.DOCUMENTS_SCHEMA.empty_table())
        static = quality._static(config)
        print(sorted(key[0] for key in made if key[2] == static))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)  # fmt: skip
    assert done.stdout.strip().splitlines()[-1] == "['documents', 'segments']"
