# newsdesk: `make run` sets everything up and runs the pipeline on the bundled sample;
# `make test` sets up and runs the whole test suite (what CI runs).
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.8
UV := $(shell command -v uv 2>/dev/null || echo $(CURDIR)/.tools/bin/uv)
RUN := $(UV) run --frozen --no-progress

DAGSTER_PORT ?= 3000
AIRFLOW_PORT ?= 8080
AIRFLOW_ENV := AIRFLOW_HOME=$(CURDIR)/data/airflow AIRFLOW__CORE__DAGS_FOLDER=$(CURDIR)/dags \
	AIRFLOW__CORE__LOAD_EXAMPLES=False AIRFLOW__API__HOST=127.0.0.1 AIRFLOW__API__PORT=$(AIRFLOW_PORT) \
	NEWSDESK_LANDING_DIR=$${NEWSDESK_LANDING_DIR:-$(CURDIR)/samples/landing} \
	NEWSDESK_DATA_DIR=$${NEWSDESK_DATA_DIR:-$(CURDIR)/data}

.PHONY: setup run test lint format eval bench dagster airflow clean

$(CURDIR)/.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet uv==$(UV_VERSION)

# All extras (the Dagster definitions too), so `make run`, `make test` and `make dagster` share
# one environment instead of adding and removing packages in turn. Bytecode is compiled at
# install: where PYTHONDONTWRITEBYTECODE is set (as on this machine kind) every process would
# otherwise compile each module it imports, and Great Expectations' import took 4.7 s, not 2 s.
setup: $(UV)
	$(UV) sync --frozen --no-progress --all-extras --compile-bytecode

run: setup
	$(RUN) newsdesk run --landing samples/landing

test: setup
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) pytest -n 2

# The synthetic benchmark (DOCS articles, default 20000); figures also go to data/bench/latest.json.
DOCS ?= 20000
bench: setup
	$(RUN) newsdesk bench --docs $(DOCS) --json data/bench/latest.json

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

# Airflow standalone (scheduler, dag-processor, api-server, triggerer) on SQLite, with the
# project's DAGs; the warehouse pool gets its one slot and the admin password is set up front.
airflow: setup
	mkdir -p data/airflow
	$(AIRFLOW_ENV) $(RUN) airflow db migrate > data/airflow/setup.log
	$(AIRFLOW_ENV) $(RUN) airflow pools set newsdesk_warehouse 1 "DuckDB warehouse: one writer" >> data/airflow/setup.log
	test -s data/airflow/simple_auth_manager_passwords.json.generated || \
		$(RUN) python -c "import json,secrets; print(json.dumps({'admin': secrets.token_urlsafe(12)}))" \
		> data/airflow/simple_auth_manager_passwords.json.generated
	@echo "Airflow UI: http://127.0.0.1:$(AIRFLOW_PORT)  login: admin / $$(python3 -c "import json; print(json.load(open('data/airflow/simple_auth_manager_passwords.json.generated'))['admin'])")"
	@echo "DAGs: newsdesk_ingest (hourly; trigger it from the UI) and newsdesk_analytics. Ctrl-C stops."
	$(AIRFLOW_ENV) $(RUN) airflow standalone

clean:
	rm -rf data .venv .tools .pytest_cache .ruff_cache
