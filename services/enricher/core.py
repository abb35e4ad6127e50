"""Raw articles in, enriched articles out: the one code path of the stream agent and `enrich`."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import orjson
from spacy.language import Language

from services import __version__
from services.common.contracts import iso_utc
from services.common.taxonomy import is_counted, is_recalled
from services.enricher.nlp import analyse, build_pipeline, compose_text, dated_doc
from services.enricher.nlp.background import WEEKDAY_NAMES

# A weekday or a relative day in the incident's sentence dates it ("on Tuesday", "Sunday's blast", "yesterday").
DAY_WORD = re.compile(r"\b(" + "|".join(WEEKDAY_NAMES) + r"|yesterday|today|tonight|last night)\b", re.I)
# ...unless it dates a statement, not the incident ("authorities said on Tuesday", "told reporters late Sunday").
SPEECH_BEFORE_DAY = re.compile(r"\b(said|says|told|announced|added|reported|confirmed|stated)\W+(\w+\W+){0,2}$", re.I)
log = logging.getLogger(__name__)


def content_hash(article: dict[str, Any]) -> str:
    """Fingerprint the content that enrichment reads (title and body)."""
    return hashlib.sha256(orjson.dumps([article.get("title"), article["body"]])).hexdigest()


def pipeline_info(nlp: Language) -> dict[str, str]:
    """Describe the model and service versions that produced an enrichment."""
    return {
        "model": f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', 'unknown')}",
        "model_version": str(nlp.meta.get("version", "unknown")),
        "service_version": __version__,
    }


def _published_date(article: dict[str, Any]) -> dt.date | None:
    """The story's own date, for telling news from background; None when only the receive time is known."""
    value = article.get("published_at")
    if not value or article.get("published_at_inferred"):
        return None
    return dt.date.fromisoformat(value[:10])


def enrich_records(records: list[dict[str, Any]], nlp: Language, batch_size: int = 16) -> list[dict[str, Any]]:
    """Enrich validated raw articles (see contracts.normalise_article) in one nlp.pipe pass."""
    docs = (dated_doc(nlp, compose_text(r.get("title"), r["body"]), _published_date(r)) for r in records)
    info = pipeline_info(nlp)
    out = []
    for record, doc in zip(records, nlp.pipe(docs, batch_size=batch_size)):
        enriched = dict(record)
        enriched.update(analyse(doc))
        enriched["content_hash"] = content_hash(record)
        enriched["enriched_at"] = iso_utc(dt.datetime.now(dt.UTC))
        enriched["pipeline"] = info
        out.append(enriched)
    return out


def enrich_isolated(records: list[dict[str, Any]], nlp: Language, batch_size: int = 16) -> list[dict[str, Any] | Exception]:
    """Enrich a batch; when it fails, retry one by one so only the failing articles carry the error."""
    try:
        return list(enrich_records(records, nlp, batch_size))
    except Exception:  # noqa: BLE001 - any NLP failure must be isolated to its article
        log.warning("batch of %d failed in NLP; retrying one by one", len(records))
    results: list[dict[str, Any] | Exception] = []
    for record in records:
        try:
            results.extend(enrich_records([record], nlp, 1))
        except Exception as exc:  # noqa: BLE001
            results.append(exc)
    return results


def stated_date(sentence: str, published: dt.date | None) -> str | None:
    """Date an incident by the first weekday or relative day its sentence names, counted back from publication."""
    match = next((m for m in DAY_WORD.finditer(sentence) if not SPEECH_BEFORE_DAY.search(sentence[: m.start()])), None)
    if match is None or published is None:
        return None
    word = match.group(1).lower()
    if word in ("today", "tonight"):
        return published.isoformat()
    if word in ("yesterday", "last night"):
        return (published - dt.timedelta(days=1)).isoformat()
    back = (published.weekday() - WEEKDAY_NAMES.index(word)) % 7  # the latest such weekday on or before publication
    return (published - dt.timedelta(days=back)).isoformat()


def counted_incidents(enriched: dict[str, Any]) -> list[dict[str, Any]]:
    """Select the events that count: incident types, not background, located in a country."""
    return _incidents(enriched, is_counted)


def background_incidents(enriched: dict[str, Any]) -> list[dict[str, Any]]:
    """Select the incidents the article recalls as background (never counted; they may support an event)."""
    return _incidents(enriched, is_recalled)


def _incidents(enriched: dict[str, Any], keep: Callable[[Mapping[str, Any]], bool]) -> list[dict[str, Any]]:
    published = _published_date(enriched)
    return [
        {"type": e["type"], "country": e["country"], "fatalities": e.get("fatalities"),
         "location": e.get("location"), "event_date": stated_date(e.get("sentence") or "", published)}
        for e in enriched.get("events", [])
        if keep(e)
    ]


def incident_set(enriched: dict[str, Any], source_timestamp_ms: int | None = None) -> dict[str, Any]:
    """Build the article's incident set (value of the incidents topic); the timestamp is for latency only."""
    return {
        "id": enriched["id"],
        "content_hash": enriched["content_hash"],
        "event_date": enriched["published_at"][:10],
        "published_at": enriched["published_at"],
        "incidents": counted_incidents(enriched),
        "background": background_incidents(enriched),
        "source_timestamp_ms": source_timestamp_ms,
    }


def load_nlp(model_name: str) -> Language:
    """Load the enrichment pipeline (the spaCy model plus the project's components)."""
    return build_pipeline(model_name)


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Yield lists of at most `size` items."""
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
