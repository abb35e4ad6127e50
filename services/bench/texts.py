"""Benchmark input: real article texts read at run time (the gold corpus, else seeds/) under new ids."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import orjson

from services.common.contracts import iso_utc, normalise_article
from services.publisher.sources import read_items

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"  # the Makefile's CORPUS default
SEEDS = ROOT / "seeds"
MAX_BODY_BYTES = 200_000


def corpus_path() -> Path:
    """The corpus to take texts from: $BENCH_CORPUS, else ../shared/corpus/dev.jsonl."""
    return Path(os.environ.get("BENCH_CORPUS", str(DEFAULT_CORPUS)))


def source_texts() -> tuple[list[tuple[str | None, str]], str]:
    """(title, body) pairs and a description of where they came from; never copied into the repository."""
    path = corpus_path()
    if path.is_file():
        pairs = []
        for line in path.read_bytes().splitlines():
            if line.strip():
                value = orjson.loads(line)
                pairs.append((value.get("title"), value["body"]))
        return pairs, f"{path} ({len(pairs)} articles)"
    pairs = [(i.article.get("title"), i.article["body"]) for i in read_items([str(SEEDS)]) if i.article]
    return pairs, f"seeds/ ({len(pairs)} articles; {path} not found)"


def make_articles(pairs: list[tuple[str | None, str]], count: int, tag: str, days: int = 7) -> list[dict[str, Any]]:
    """`count` raw articles cycling through the texts, with new ids and event days over the last `days` days."""
    today = dt.datetime.now(dt.UTC).replace(hour=12, minute=0, second=0, microsecond=0)
    out = []
    for i in range(count):
        title, body = pairs[i % len(pairs)]
        published = today - dt.timedelta(days=i % days)
        out.append({"id": f"{tag}-{i:05d}", "title": title, "body": body, "published_at": iso_utc(published)})
    return out


def normalised(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The articles as the enricher's agent sees them after validation."""
    now = dt.datetime.now(dt.UTC)
    return [normalise_article(a, MAX_BODY_BYTES, now) for a in articles]


def mean_chars(articles: list[dict[str, Any]]) -> int:
    """Mean title+body length in characters."""
    return int(sum(len(a.get("title") or "") + len(a["body"]) for a in articles) / max(1, len(articles)))
