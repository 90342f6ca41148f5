# One entry point for people and CI. Every target creates/refreshes .venv itself.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
INDEX ?= indexes/default

.PHONY: venv run ingest serve test lint bench eval clean browser

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
	-$(BIN)/kb ingest --if-stale --index $(INDEX)
	$(BIN)/kb serve --index $(INDEX)

ingest: $(STAMP)
	$(BIN)/kb ingest --index $(INDEX)

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

# Debian's Chromium for the one real-browser test; skipped (with a reason) where it cannot be installed
browser:
	@test -x /usr/bin/chromium || { command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ] && \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
		|| echo "note: Chromium not installed; the browser test will be skipped"; }

lint: $(STAMP)
	$(BIN)/ruff check kb web tests
	$(BIN)/ruff format --check kb web tests
	$(BIN)/mypy kb

eval: $(STAMP)
	$(BIN)/kb eval eval/queries.jsonl --index $(INDEX)

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/reliability.py

clean:
	rm -rf $(VENV) indexes
