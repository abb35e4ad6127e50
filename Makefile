# Streaming news enrichment: `make run` runs the pipeline locally, `make test` runs every test.
# With KAFKA_BOOTSTRAP_SERVERS set, everything uses that cluster and no local broker is started.

SHELL := /bin/bash
PYTHON_BIN ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
KAFKA_PORT ?= 9092
export KAFKA_PORT
CORPUS ?=
SATP ?=

.DEFAULT_GOAL := help
.PHONY: help install kafka down topics run publish counts events lag alerts feeds feeds-demo test test-unit test-integration eval eval-events bench check clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

$(STAMP): requirements.lock
	@command -v $(PYTHON_BIN) >/dev/null || { echo "need $(PYTHON_BIN) on PATH (or PYTHON_BIN=...)"; exit 1; }
	$(PYTHON_BIN) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --require-hashes -r requirements.lock
	touch $(STAMP)

install: $(STAMP) ## create .venv and install the pinned dependencies (hash-checked)

kafka: $(STAMP) ## start a local Kafka broker on 127.0.0.1:$KAFKA_PORT (unless KAFKA_BOOTSTRAP_SERVERS names another cluster)
	@if $(PY) -m services.common.broker is-local; then PYTHON=$(PY) deploy/kafka/kafka.sh start; \
	else echo "kafka: using $$KAFKA_BOOTSTRAP_SERVERS, no local broker"; fi

down: ## stop the local Kafka broker
	@PYTHON=$(PY) deploy/kafka/kafka.sh stop

topics: $(STAMP) ## create the service's topics (idempotent)
	$(PY) -m services.common.broker topics

run: $(STAMP) ## the whole pipeline on a local broker with the seed articles; Ctrl-C stops it all
	$(PY) -m services.ops run-local seeds

publish: $(STAMP) ## publish FILE=path (JSONL, .json, .txt or a directory) onto articles.raw
	$(PY) -m services.publisher $(FILE)

counts: $(STAMP) ## print the per-country counts from incidents.by_country
	$(PY) -m services.aggregator counts

events: $(STAMP) ## print the events (distinct incidents with their supporting articles) from the events topic
	$(PY) -m services.aggregator events

lag: $(STAMP) ## consumer lag of the service's groups
	$(PY) -m services.ops lag

test: test-unit test-integration ## all tests: unit, then integration on a real broker started for the run

test-unit: $(STAMP) ## unit tests (no broker)
	$(PY) -m pytest tests/unit -q

test-integration: $(STAMP) ## integration tests (starts a real Kafka broker once, on a free port)
	$(PY) -m pytest tests/integration -q

eval: $(STAMP) ## one table over every gold corpus + SATP dev beside the baselines, then event grouping (CORPUS=path or SATP=path: that file only)
	$(PY) -m services.evaluation $(if $(CORPUS),--corpus $(CORPUS)) $(if $(SATP),--satp $(SATP))
	$(if $(CORPUS)$(SATP),,$(PY) -m services.evaluation.events)

.PHONY: eval-trace
eval-trace: $(STAMP) ## every predicted and missed incident of a gold corpus, with triggers and rejections (CORPUS=path, dev)
	$(PY) -m services.evaluation --trace --corpus $(or $(CORPUS),../shared/corpus/dev.jsonl)

eval-events: $(STAMP) ## score event grouping on the gold clusters (texts read from fetched mirrors; skips when absent)
	$(PY) -m services.evaluation.events

bench: $(STAMP) ## benchmark on this machine (own broker unless KAFKA_BOOTSTRAP_SERVERS): writes BENCHMARKS.md
	$(PY) -m services.bench --output BENCHMARKS.md

alerts: $(STAMP) ## run the alert consumer: incidents.by_country -> alerts topic and stdout (ALERT_* thresholds)
	$(PY) -m services.alerts

feeds: $(STAMP) ## run the feed poller: the feeds of FEEDS_FILE (default deploy/feeds/feeds.example.toml) onto articles.raw
	$(PY) -m services.feeds

feeds-demo: ## serve the example feeds (made-up stories in deploy/feeds/demo) on 127.0.0.1:8808 for make feeds
	$(PYTHON_BIN) -m http.server 8808 --bind 127.0.0.1 --directory deploy/feeds/demo

check: $(STAMP) ## ruff and mypy
	$(VENV)/bin/ruff check services tests
	$(VENV)/bin/mypy

clean: down ## stop the broker and remove local state (keeps the jar and venv caches)
	rm -rf .state .cache/kafka/run .cache/run
