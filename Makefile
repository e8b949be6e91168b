# newsdesk: `make run` sets everything up and runs the pipeline on the bundled sample;
# `make test` sets up and runs the whole test suite (what CI runs).
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.8
UV := $(shell command -v uv 2>/dev/null || echo $(CURDIR)/.tools/bin/uv)
RUN := $(UV) run --frozen --no-progress

.PHONY: setup run test lint format eval clean

$(CURDIR)/.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet uv==$(UV_VERSION)

setup: $(UV)
	$(UV) sync --frozen --no-progress

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

clean:
	rm -rf data .venv .tools .pytest_cache .ruff_cache
