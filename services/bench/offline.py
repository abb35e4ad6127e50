"""Bare spaCy `nlp.pipe` against the enrichment on the same texts, in one process, interleaved rounds."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from typing import Any

import spacy
from spacy.language import Language

from services.enricher.core import enrich_records, load_nlp
from services.enricher.nlp import compose_text

WARMUP_ARTICLES = 8  # the first call of a pipeline pays one-off costs (vectors, lazy tables)


@dataclass(frozen=True)
class OfflineResult:
    """Articles per second of bare spaCy and of the enrichment (medians over rounds)."""

    articles: int
    rounds: int
    bare_per_s: float
    enrich_per_s: float
    bare_load_s: float
    enrich_load_s: float
    bare_rounds: tuple[float, ...] = ()

    @property
    def ratio(self) -> float:
        """Enrichment throughput as a fraction of bare spaCy's."""
        return self.enrich_per_s / self.bare_per_s


def _rate(count: int, started: float) -> float:
    return count / (time.perf_counter() - started)


def bare_rate(bare: Language, texts: list[str], batch_size: int) -> float:
    """Articles per second of one plain `nlp.pipe` pass over the texts."""
    started = time.perf_counter()
    for _doc in bare.pipe(texts, batch_size=batch_size):
        pass
    return _rate(len(texts), started)


def run_offline(records: list[dict[str, Any]], model: str, rounds: int,
                batch_size: int) -> tuple[OfflineResult, Language, list[str]]:
    """Time `spacy.load(model).pipe` and `enrich_records` on the same records, alternating; keep the bare model."""
    started = time.perf_counter()
    bare = spacy.load(model)
    bare_load = time.perf_counter() - started
    started = time.perf_counter()
    nlp = load_nlp(model)
    enrich_load = time.perf_counter() - started
    texts = [compose_text(r.get("title"), r["body"]) for r in records]
    list(bare.pipe(texts[:WARMUP_ARTICLES], batch_size=batch_size))
    enrich_records(records[:WARMUP_ARTICLES], nlp, batch_size)
    bare_rates, enrich_rates = [], []
    for _ in range(rounds):
        bare_rates.append(bare_rate(bare, texts, batch_size))
        started = time.perf_counter()
        enrich_records(records, nlp, batch_size)
        enrich_rates.append(_rate(len(records), started))
    result = OfflineResult(len(records), rounds, statistics.median(bare_rates), statistics.median(enrich_rates),
                           bare_load, enrich_load, tuple(bare_rates))
    return result, bare, texts
