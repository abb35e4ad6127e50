"""Indexes of the event book: tokens that every compatible pair shares, and day extremes for fast fit checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from services.aggregator.events import PLACELESS_DAY_TOLERANCE
from services.aggregator.reports import Report

Slot = tuple[str, str, dt.date]  # (type class, place token or "type:<type>" for unplaced reports, day)


def tokens(r: Report) -> set[str]:
    """Tokens a report is filed under: its place words, and the region it is ("is:") or lies in ("in:")."""
    if r.place is None:
        return {f"type:{r.type}"}
    kind = "is" if r.place.is_region else "in"
    return {f"word:{w}" for w in r.place.words} | {f"{kind}:{c}" for c in r.place.regions}


def lookups(r: Report) -> set[str]:
    """Tokens to look up for r's possible pairs: same words; a town's regions; a region's towns and itself."""
    if r.place is None:
        return {f"type:{r.type}"}
    kinds = ("is", "in") if r.place.is_region else ("is",)
    return {f"word:{w}" for w in r.place.words} | {f"{k}:{c}" for k in kinds for c in r.place.regions}


@dataclass(frozen=True)
class Span:
    """What `fits` needs of a unit: its articles and the extremes of its stated and publication days."""

    articles: frozenset[str]
    stated: tuple[dt.date, dt.date] | None
    told: tuple[dt.date, dt.date] | None

    @classmethod
    def of(cls, reports: list[Report]) -> Span:
        stated = [r.day for r in reports if r.day_stated]
        told = [r.day for r in reports if not r.day_stated]
        return cls(frozenset(r.key.article_id for r in reports),
                   (min(stated), max(stated)) if stated else None, (min(told), max(told)) if told else None)

    def extremes(self) -> tuple[dt.date, dt.date]:
        """The first and last day of any report, stated or not."""
        days = [*(self.stated or ()), *(self.told or ())]
        return min(days), max(days)


def _gap(a: dt.date, b: dt.date) -> int:
    return (a - b).days


def span_fits(g: Span, c: Span) -> bool:
    """`events.fits` for an unplaced group and a placed cluster, from extremes: no shared article, every day pair agrees.

    Every pair has a report without a place, so every pair of days must be within PLACELESS_DAY_TOLERANCE.
    """
    if g.articles & c.articles:
        return False
    g_first, g_last = g.extremes()
    c_first, c_last = c.extremes()
    return _gap(g_last, c_first) <= PLACELESS_DAY_TOLERANCE and _gap(c_last, g_first) <= PLACELESS_DAY_TOLERANCE


def slots(r: Report) -> set[Slot]:
    return {(r.type_class, token, r.day) for token in tokens(r)}
