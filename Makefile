# One entry point for people and CI. Every target creates/refreshes .venv itself.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
INDEX ?= indexes/default

.PHONY: venv run ingest serve test lint bench eval clean

# torch first (CPU wheel), or pip pulls a multi-GB CUDA build for sentence-transformers
$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q "torch==2.13.0"
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

venv: $(STAMP)

## The main job: build the knowledge base from corpus/ when missing or stale, then serve it
run: $(STAMP)
	$(BIN)/kb ingest --if-stale --index $(INDEX)
	$(BIN)/kb serve --index $(INDEX)

ingest: $(STAMP)
	$(BIN)/kb ingest --index $(INDEX)

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check kb web tests
	$(BIN)/ruff format --check kb web tests

eval: $(STAMP)
	$(BIN)/kb eval eval/queries.jsonl --index $(INDEX)

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) indexes
