"""Article volume for fault tests: variants (new ids, dates) of real texts read in place at run time."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

from services.publisher.sources import article_from_txt

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"  # read in place, never copied into the repo
DATES = ("2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04")


def source_texts() -> list[tuple[str | None, str]]:
    """(title, body) of the gold corpus when present beside the repo, plus the seeds."""
    texts = [(a["title"], a["body"]) for a in map(article_from_txt, sorted((ROOT / "seeds").glob("*.txt")))]
    if CORPUS.is_file():
        with CORPUS.open(encoding="utf-8") as f:
            texts += [(r["title"], r["body"]) for r in map(json.loads, f)]
    return texts


def variants(prefix: str, count: int) -> list[dict[str, Any]]:
    """`count` raw articles cycling through the source texts and a few event dates, ids unique per prefix."""
    pairs = itertools.cycle(itertools.product(source_texts(), DATES))
    return [{"id": f"{prefix}-{i:05d}", "title": title, "body": body, "published_at": day}
            for i, ((title, body), day) in zip(range(count), pairs)]


def corrected(article: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """The same story id republished with another text (a correction that changes its incidents)."""
    return {**article, "title": other["title"], "body": other["body"]}
