# newsdesk: `make run` sets everything up and runs the pipeline on the bundled sample;
# `make test` sets up and runs the whole test suite (what CI runs).
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.8
UV := $(shell command -v uv 2>/dev/null || echo $(CURDIR)/.tools/bin/uv)
RUN := $(UV) run --frozen --no-progress

DAGSTER_PORT ?= 3000

.PHONY: setup run test lint format eval dagster clean

$(CURDIR)/.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet uv==$(UV_VERSION)

# All extras (the Dagster definitions too), so `make run`, `make test` and `make dagster` share
# one environment instead of adding and removing packages in turn.
setup: $(UV)
	$(UV) sync --frozen --no-progress --all-extras

run: setup
	$(RUN) newsdesk run --landing samples/landing

test: setup
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) pytest -n 2

lint: setup
	$(RUN) ruff check . && $(RUN) ruff format --check .

format: setup
	$(RUN) ruff format . && $(RUN) ruff check --fix .

eval: setup
	$(RUN) newsdesk eval eval/corpus

# Dagster UI on the same pipeline; runs are queued one at a time (one writer per data folder).
dagster: setup
	mkdir -p data/dagster
	printf 'run_queue:\n  max_concurrent_runs: 1\ntelemetry:\n  enabled: false\n' > data/dagster/dagster.yaml
	@echo "Dagster UI: http://127.0.0.1:$(DAGSTER_PORT)  (landing: $${NEWSDESK_LANDING_DIR:-samples/landing}; Ctrl-C stops)"
	DAGSTER_HOME=$(CURDIR)/data/dagster NEWSDESK_LANDING_DIR=$${NEWSDESK_LANDING_DIR:-samples/landing} \
		$(RUN) dagster dev -m pipeline.dagster_defs -h 127.0.0.1 -p $(DAGSTER_PORT)

clean:
	rm -rf data .venv .tools .pytest_cache .ruff_cache
