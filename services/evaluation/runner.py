"""Run the enrichment (the stream's code path) and the baseline over a corpus, with timings."""

from __future__ import annotations

import datetime as dt
import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from services.common.contracts import normalise_article
from services.common.exceptions import InvalidArticleError
from services.common.settings import get_settings
from services.enricher.core import enrich_records
from services.enricher.nlp import DEFAULT_MODEL, build_pipeline, compose_text

from .baseline import baseline_prediction

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "dev.jsonl"
BATCH_SIZE = 16


@dataclass
class RunResult:
    """Predictions of the enrichment and the baseline, and both throughputs (articles/s)."""

    enriched: list[dict[str, Any]]
    baseline: list[dict[str, Any]]
    enrich_rate: float
    bare_rate: float


def load_corpus(path: Path) -> list[dict[str, Any]]:
    """Read a gold JSONL corpus."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def acceptable(gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """Split gold records into those the enricher accepts and (id, reason) for those it would dead-letter."""
    now = dt.datetime.now(dt.timezone.utc)
    kept: list[dict[str, Any]] = []
    refused: list[tuple[str, str]] = []
    for g in gold:
        try:
            raw_records([g], now)
        except InvalidArticleError as exc:
            refused.append((str(g.get("id")), exc.reason))
        else:
            kept.append(g)
    return kept, refused


def raw_records(gold: list[dict[str, Any]], now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Turn gold records into raw articles, validated and normalised exactly as the enricher does."""
    now = now or dt.datetime.now(dt.timezone.utc)
    raws = [{"id": g["id"], "title": g.get("title"), "body": g["body"], "published_at": g.get("published"),
             "source": g.get("source")} for g in gold]
    return [normalise_article(r, get_settings().max_body_bytes, now) for r in raws]


def _enrich_fn() -> Callable[[list[dict[str, Any]], Language], list[dict[str, Any]]]:
    """The stream's own enrichment function."""
    return lambda records, nlp: enrich_records(records, nlp, BATCH_SIZE)


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    """Run fn and return (result, seconds)."""
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def run(gold: list[dict[str, Any]], model: str = DEFAULT_MODEL, rounds: int = 3,
        nlp: Language | None = None, bare: Language | None = None) -> RunResult:
    """Enrich the corpus and run bare spaCy on the same texts, alternating rounds for fair timing.

    nlp and bare, when given, are the already loaded enrichment pipeline and bare model (loaded once for many corpora).
    """
    records = raw_records(gold)
    texts = [compose_text(r.get("title"), r["body"]) for r in records]
    nlp = nlp if nlp is not None else build_pipeline(model)
    bare = bare if bare is not None else spacy.load(model)
    enrich = _enrich_fn()
    enrich(records[:2], nlp)
    list(bare.pipe(texts[:2]))  # warm-up both
    full_times, bare_times = [], []
    enriched: list[dict[str, Any]] = []
    docs: list = []
    for i in range(max(1, rounds)):
        for step in ("bare", "full") if i % 2 == 0 else ("full", "bare"):  # alternate order: no warm-cache bias
            if step == "bare":
                docs, seconds = _timed(lambda: list(bare.pipe(texts, batch_size=BATCH_SIZE)))
                bare_times.append(seconds)
            else:
                enriched, seconds = _timed(lambda: enrich(records, nlp))
                full_times.append(seconds)
    baseline = [baseline_prediction(doc, r["id"]) for doc, r in zip(docs, records)]
    n = len(records)
    return RunResult(enriched, baseline, n / statistics.median(full_times), n / statistics.median(bare_times))


def enrich_timed(gold: list[dict[str, Any]], nlp: Language) -> tuple[list[dict[str, Any]], float]:
    """Enrich a corpus once (the stream's code path) and return the records with the rate in articles/s."""
    records = raw_records(gold)
    enriched, seconds = _timed(lambda: _enrich_fn()(records, nlp))
    return enriched, len(records) / seconds if seconds else 0.0
