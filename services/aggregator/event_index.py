"""Indexes of the event book: tokens that every compatible pair shares, and day extremes for fast fit checks."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from services.aggregator.events import PLACELESS_DAY_TOLERANCE
from services.aggregator.reports import Report
from services.common.place_nesting import Place

Slot = tuple[str, str, dt.date]  # (type class, place token or "type:<type>" for unplaced reports, day)


def tokens(r: Report) -> frozenset[str]:
    """Tokens a report is filed under: its place words, and the region it is ("is:") or lies in ("in:")."""
    return _tokens(r.type, r.place)


def lookups(r: Report) -> frozenset[str]:
    """Tokens to look up for r's possible pairs: same words; a town's regions; a region's towns and itself."""
    return _lookups(r.type, r.place)


# Cached by (type, place): places come from a cached parser and repeat, and these run for every report an
# update touches (each of its possible pairs is looked up under every token, on every day of the window).
@functools.lru_cache(maxsize=65536)
def _tokens(kind: str, place: Place | None) -> frozenset[str]:
    if place is None:
        return frozenset({f"type:{kind}"})
    region = "is" if place.is_region else "in"
    return frozenset({f"word:{w}" for w in place.words} | {f"{region}:{c}" for c in place.regions})


@functools.lru_cache(maxsize=65536)
def _lookups(kind: str, place: Place | None) -> frozenset[str]:
    if place is None:
        return frozenset({f"type:{kind}"})
    kinds = ("is", "in") if place.is_region else ("is",)
    return frozenset({f"word:{w}" for w in place.words} | {f"{k}:{c}" for k in kinds for c in place.regions})


@dataclass(frozen=True)
class Span:
    """What `fits` needs of a unit: its articles and the extremes of its stated and publication days."""

    articles: frozenset[str]
    stated: tuple[dt.date, dt.date] | None
    told: tuple[dt.date, dt.date] | None
    types: frozenset[str]  # the types of its reports (an unplaced group prefers a cluster of its own type)
    mention: bool  # it holds a report recalled in a story about elsewhere: no other article's report fits it
    first: dt.date  # the first and last day of any report, stated or not (kept: every fit check reads them)
    last: dt.date

    @classmethod
    def of(cls, reports: list[Report]) -> Span:
        """The span of a unit's reports (at least one)."""
        stated = [r.day for r in reports if r.day_stated]
        told = [r.day for r in reports if not r.day_stated]
        days = [r.day for r in reports]
        return cls(frozenset(r.key.article_id for r in reports),
                   (min(stated), max(stated)) if stated else None, (min(told), max(told)) if told else None,
                   frozenset(r.type for r in reports), any(r.mention for r in reports), min(days), max(days))

    def extremes(self) -> tuple[dt.date, dt.date]:
        """The first and last day of any report, stated or not."""
        return self.first, self.last

    def fit_days(self) -> list[dt.date]:
        """Every day on which a unit that fits this one (`span_fits`, either way round) must have all its reports.

        A fit needs every day pair within PLACELESS_DAY_TOLERANCE, so the other unit lies within
        [last - tolerance, first + tolerance]: looking units up on these days alone finds every fit (none
        when this unit's own days are further apart than twice the tolerance).
        """
        low = self.last - dt.timedelta(days=PLACELESS_DAY_TOLERANCE)
        return [low + dt.timedelta(days=k) for k in range((self.first - low).days + PLACELESS_DAY_TOLERANCE + 1)]


def span_fits(g: Span, c: Span) -> bool:
    """`events.fits` for an unplaced group and a placed cluster, from extremes: no shared article, every day pair agrees.

    Every pair has a report without a place, so every pair of days must be within PLACELESS_DAY_TOLERANCE.
    """
    if g.mention or c.mention or (g.last - c.first).days > PLACELESS_DAY_TOLERANCE \
            or (c.last - g.first).days > PLACELESS_DAY_TOLERANCE:
        return False
    return not g.articles & c.articles


def slots(r: Report) -> set[Slot]:
    return {(r.type_class, token, r.day) for token in tokens(r)}
