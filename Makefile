# Two entry points for a fresh machine (see README): `make demo` and `make test`.
# Both create .venv when it is missing and install the hash-locked dependency set.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.cspr-qa-installed
# Resolve only against the public index the lock was made from, so every hash matches.
PIP_ENV := env -u PIP_FIND_LINKS -u PIP_EXTRA_INDEX_URL PIP_CONFIG_FILE=/dev/null

.PHONY: demo test lint typecheck unit lock bench clean system-deps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): requirements.lock pyproject.toml | $(BIN)/python
	$(PIP_ENV) $(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(PIP_ENV) $(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p out
	$(BIN)/cspr-qa outline corpora/samples/child-r-draft.docx
	$(BIN)/cspr-qa check corpora/samples/child-r-draft.docx --fail-on never
	$(BIN)/cspr-qa check corpora/samples/child-r-draft.docx --fail-on never \
		--format html --output out/child-r-report.html --annotate out/child-r-annotated.docx

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts models
	$(BIN)/ruff format --check src tests bench scripts models

typecheck: $(STAMP)
	$(BIN)/mypy

system-deps:
	bash scripts/install-system-deps.sh

unit: $(STAMP) system-deps
	$(BIN)/pytest -q

test: lint typecheck unit

lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet pip-tools
	$(PIP_ENV) $(BIN)/pip-compile --quiet --extra dev --generate-hashes --allow-unsafe \
		--strip-extras -o requirements.lock pyproject.toml

bench: $(STAMP)
	$(BIN)/python bench/bench_check.py

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache .pytest_cache
