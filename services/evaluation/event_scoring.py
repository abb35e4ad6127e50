"""Score event grouping against gold clusters: pairwise same-event P/R/F1 and per-country event-count error.

Pairs are of articles: two gold-set articles are a gold pair when they report a common gold event,
a predicted pair when a common predicted event has reports from both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from typing import Any

from services.aggregator.event_values import Event

Pair = tuple[str, str]


def _pairs(groups: Iterable[Iterable[str]], keep: set[str]) -> set[Pair]:
    """Return the article pairs that share a group, among the articles in `keep`."""
    out: set[Pair] = set()
    for group in groups:
        members = sorted(set(group) & keep)
        out.update(combinations(members, 2))
    return out


def gold_groups(gold: dict[str, Any]) -> dict[str, list[str]]:
    """Map each gold event to the ids of the articles that report it."""
    groups: dict[str, list[str]] = defaultdict(list)
    for article in gold["articles"]:
        for label in article["events"]:
            groups[label].append(article["record"])
    return dict(groups)


def pairwise(gold: dict[str, Any], events: list[Event]) -> dict[str, float | int]:
    """Pairwise same-event precision, recall and F1 over the gold-set articles."""
    keep = {a["record"] for a in gold["articles"]}
    truth = _pairs(gold_groups(gold).values(), keep)
    found = _pairs((e.articles for e in events), keep)
    tp = len(truth & found)
    p = tp / len(found) if found else 1.0
    r = tp / len(truth) if truth else 1.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "tp": tp, "fp": len(found - truth), "fn": len(truth - found)}


def count_error(gold: dict[str, Any], events: list[Event]) -> dict[str, Any]:
    """Per-country |predicted - gold| number of events over the gold number (summed over countries).

    A predicted event counts for country C when one of its articles reports a gold event in C, so
    incidents the enricher finds in unrelated articles do not enter the comparison.
    """
    countries = {label: info["country"] for label, info in gold["events"].items()}
    gold_by_country: dict[str, int] = defaultdict(int)
    for label in countries.values():
        gold_by_country[label] += 1
    reporters: dict[str, set[str]] = defaultdict(set)
    for article in gold["articles"]:
        for label in article["events"]:
            reporters[countries[label]].add(article["record"])
    predicted: dict[str, int] = defaultdict(int)
    reports: dict[str, int] = defaultdict(int)
    for e in events:
        if set(e.articles) & reporters.get(e.country, set()):
            predicted[e.country] += 1
            reports[e.country] += e.reports
    total = sum(gold_by_country.values())
    per_country = {c: {"gold": g, "events": predicted.get(c, 0), "reports": reports.get(c, 0)}
                   for c, g in sorted(gold_by_country.items())}
    return {
        "event_count_error": sum(abs(v["events"] - v["gold"]) for v in per_country.values()) / total,
        "report_count_error": sum(abs(v["reports"] - v["gold"]) for v in per_country.values()) / total,
        "gold_events": total, "per_country": per_country,
    }
