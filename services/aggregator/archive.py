"""Bounded state: what the aggregator folds away once it is far behind a country's newest report.

No Faust here. A country's horizon is its newest day held (a contribution's day or a report's day) minus
DAILY_RETENTION_DAYS + EVENT_WINDOW_DAYS: past it, a report can neither join an event nor show in a daily
bucket. The count agent folds the contributions whose days all lie before the horizon, with the (closed)
events they make up, into one archive entry per country in the same changelogged table ("CC|~archive":
folded report totals, event totals), and deletes them. Totals therefore survive a restart or rebalance
exactly. An event is folded only with all its articles, and an article only with all its events, so the
events still held regroup after a restart exactly as before.

The price: an update for an article that is no longer held (folded, or never seen) whose days all lie before
the horizon is ignored (and counted in news_late_updates_ignored_total), since a folded article can no longer
be subtracted exactly. `route` applies the same rule to its own per-article state with the newest day it has
seen (`RouteHorizon`), and `bounded_sets` applies both rules offline, in publication order.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from services.aggregator.event_book import CountryEvents
from services.aggregator.event_values import Event

ARCHIVE_ID = "~archive"  # not an article id: ids come from publishers' URLs or hashes, never start with "~"


def archive_key(country: str) -> str:
    """The contributions-table key of a country's archive entry."""
    return f"{country}|{ARCHIVE_ID}"


def is_archive_key(key: str) -> bool:
    """Tell whether a contributions-table key is an archive entry."""
    return key.endswith(f"|{ARCHIVE_ID}")


def span_days(retention_days: int, window_days: int) -> int:
    """How far behind the newest day the horizon lies."""
    return retention_days + window_days


@functools.lru_cache(maxsize=4096)
def horizon_from(newest: str, span: int) -> str:
    """The horizon (ISO day) for a newest day (ISO); '' when nothing is held (cached: asked several times per record)."""
    if not newest:
        return ""
    return (dt.date.fromisoformat(newest) - dt.timedelta(days=span)).isoformat()


def update_days(value: Any) -> list[str]:
    """The days (ISO) of a stored contribution entry or a country update: its contribution's day and its reports'."""
    if not isinstance(value, dict):
        return []
    contribution = value.get("contribution") if "contribution" in value else value
    days = [contribution["day"]] if isinstance(contribution, dict) and "day" in contribution else []
    return days + [r["day"] for r in value.get("reports") or [] if isinstance(r, dict) and "day" in r]


def set_days(incident_set: dict[str, Any]) -> list[str]:
    """The days of an incident set: its event date and its incidents' stated dates (background ones are dated by it)."""
    return [incident_set["event_date"], *(i["event_date"] for i in incident_set.get("incidents", [])
                                          if i.get("event_date"))]


@dataclass
class Archive:
    """One country's folded contributions and events, as totals (the value of "CC|~archive")."""

    horizon: str = ""
    folded_articles: int = 0
    total: int = 0
    fatalities: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    events: int = 0
    event_fatalities: int = 0
    events_by_type: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Serialise as the table value; the version grows with every fold, so restore keeps the newest."""
        ordinal = dt.date.fromisoformat(self.horizon).toordinal() if self.horizon else 0
        return {"version": [ordinal, self.folded_articles], "horizon": self.horizon,
                "reports": {"total": self.total, "by_type": dict(sorted(self.by_type.items())),
                            "fatalities": self.fatalities, "articles": self.folded_articles},
                "events": {"events": self.events, "by_type": dict(sorted(self.events_by_type.items())),
                           "fatalities": self.event_fatalities}}

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> Archive:
        """Read a table value written by to_json."""
        reports, events = value["reports"], value["events"]
        return cls(value["horizon"], reports["articles"], reports["total"], reports["fatalities"],
                   dict(reports["by_type"]), events["events"], events["fatalities"], dict(events["by_type"]))

    def add_contribution(self, contribution: dict[str, Any] | None) -> None:
        """Fold one article's contribution; one without (background reports only) adds nothing, as it counts nothing."""
        if contribution is None:
            return
        self.folded_articles += 1
        self.total += contribution["total"]
        self.fatalities += contribution["fatalities"]
        for kind, n in contribution["by_type"].items():
            self.by_type[kind] = self.by_type.get(kind, 0) + n

    def add_event(self, event: Event) -> None:
        """Fold one event."""
        self.events += 1
        self.event_fatalities += event.fatalities or 0
        self.events_by_type[event.type] = self.events_by_type.get(event.type, 0) + 1


@dataclass
class Fold:
    """What one fold does: the articles whose entries go, and the country's new archive value (None: no change)."""

    articles: list[str]
    archive: Archive | None


class Folding:
    """Per owned country: the last day of each held article, the newest day, and the archive (derived state)."""

    def __init__(self, span: int) -> None:
        self.span = span
        self.held: dict[str, dict[str, str | None]] = defaultdict(dict)  # country -> article -> its last day
        self.newest: dict[str, str] = {}
        self.archives: dict[str, Archive] = {}

    @classmethod
    def from_table(cls, items: Iterable[tuple[str, Any]], span: int) -> Folding:
        """Build from the contributions table's (key, value) pairs."""
        folding = cls(span)
        for key, value in items:
            country, article = key.split("|", 1)
            if article == ARCHIVE_ID:
                folding.archives[country] = Archive.from_json(value)
            else:
                folding.note(country, article, value)
        return folding

    def horizon(self, country: str) -> str:
        """Days before this one (ISO) are folded; '' when nothing is."""
        archive = self.archives.get(country)
        return max(archive.horizon if archive else "", horizon_from(self.newest.get(country, ""), self.span))

    def is_late(self, country: str, article: str, update: dict[str, Any]) -> bool:
        """Tell whether an update can no longer be applied exactly: its article is not held, all its days are past."""
        days = update_days(update)
        return article not in self.held.get(country, {}) and bool(days) and max(days) < self.horizon(country)

    def note(self, country: str, article: str, stored: Any) -> None:
        """Remember an article's entry as written to the table."""
        days = update_days(stored)
        last = max(days) if days else None
        self.held[country][article] = last
        if last is not None and last > self.newest.get(country, ""):
            self.newest[country] = last

    def archive(self, country: str) -> Archive:
        """The country's archive (empty when nothing was folded)."""
        return self.archives.get(country) or Archive()

    def due(self, country: str) -> bool:
        """Tell whether the horizon moved past what the last fold applied."""
        horizon = self.horizon(country)
        return bool(horizon) and horizon > self.archive(country).horizon

    def fold(self, country: str, book: CountryEvents, stored: Callable[[str], Any]) -> Fold:
        """Fold what lies wholly before the horizon: closed events, and the articles all of whose events fold.

        `stored(article)` reads an article's table value (only candidates are read). The book keeps its totals
        (the folded events leave its closed/archived lists only); the caller deletes the folded entries and
        writes the new archive value.
        """
        horizon = self.horizon(country)
        held = self.held.get(country, {})
        candidates = {a for a, last in held.items() if last is not None and last < horizon}
        if not candidates:  # the horizon moved past nothing held: remember it, nothing to write
            self.archives[country] = Archive(**{**self.archive(country).__dict__, "horizon": horizon})
            return Fold([], None)
        article_events: dict[str, set[str]] = defaultdict(set)
        for event in [*book.events.values(), *book.closed.values(), *book.archived.values()]:
            for a in event.articles:
                article_events[a].add(event.id)
        old = {**book.closed, **book.archived}
        while True:
            foldable = {eid for eid, e in old.items() if set(e.articles) <= candidates}
            kept = {a for a in candidates if not article_events[a] <= foldable}
            if not kept:
                break
            candidates -= kept
        archive = self.archive(country)
        archive = Archive(**{**archive.__dict__, "by_type": dict(archive.by_type),
                             "events_by_type": dict(archive.events_by_type)})
        archive.horizon = horizon
        for a in sorted(candidates):
            value = stored(a)
            archive.add_contribution(value.get("contribution") if "contribution" in value else value)
            del held[a]
        for eid in sorted(foldable):
            archive.add_event(book.fold(eid))
        book.forget_background(candidates)
        self.archives[country] = archive
        return Fold(sorted(candidates), archive)


class RouteHorizon:
    """The route agent's horizon (the newest day of the incident sets it holds, minus the same span), and which
    held articles lie wholly before it, by last day (so a trim reads nothing it does not delete)."""

    def __init__(self, span: int) -> None:
        self.span = span
        self.newest = ""
        self.last_day: dict[str, str] = {}  # article -> last day of the version held
        self.by_day: dict[str, set[str]] = defaultdict(set)

    @classmethod
    def from_table(cls, items: Iterable[tuple[str, Any]], span: int) -> RouteHorizon:
        """Build from the article-countries table's (key, value) pairs (entries without a day are never trimmed)."""
        route = cls(span)
        for article, value in items:
            if isinstance(value, dict) and isinstance(value.get("day"), str):
                route.note(article, value["day"])
        return route

    def horizon(self) -> str:
        """Sets whose days all lie before this one (ISO) are past; '' when nothing is."""
        return horizon_from(self.newest, self.span)

    def is_late(self, held: bool, incident_set: dict[str, Any]) -> bool:
        """Tell whether a set for an article route does not hold lies wholly before the horizon."""
        return not held and max(set_days(incident_set)) < self.horizon()

    def note(self, article: str, day: str) -> None:
        """Remember the last day of an article's set that was applied."""
        old = self.last_day.get(article)
        if old is not None:
            self.by_day[old].discard(article)
        self.last_day[article] = day
        self.by_day[day].add(article)
        self.newest = max(self.newest, day)

    def expired(self) -> list[str]:
        """Forget, and return, the held articles whose last day lies before the horizon."""
        horizon = self.horizon()
        out = []
        for day in [d for d in self.by_day if d < horizon]:
            for article in self.by_day.pop(day):
                del self.last_day[article]
                out.append(article)
        return sorted(out)


def bounded_sets(sets: Iterable[dict[str, Any]], retention_days: int, window_days: int) -> list[dict[str, Any]]:
    """The incident sets the stream keeps when it receives them in publication order (offline, same rules).

    A set wholly before route's horizon is dropped; a country's part of a set wholly before that country's
    horizon is dropped (its incidents there removed). Sets are taken by (publication time, id), so the result
    does not depend on the order they are given in.
    """
    span = span_days(retention_days, window_days)
    route = RouteHorizon(span)
    newest: dict[str, str] = {}
    out = []
    for s in sorted(sets, key=lambda s: (s.get("published_at") or s["event_date"], s["id"])):
        if route.is_late(False, s):
            continue
        route.note(s["id"], max(set_days(s)))
        kept = []
        for country in sorted({i["country"] for i in [*s.get("incidents", []), *s.get("background", [])]}):
            mine = [i for i in s.get("incidents", []) if i["country"] == country]
            days = [s["event_date"], *(i.get("event_date") or s["event_date"] for i in mine)]
            if max(days) < horizon_from(newest.get(country, ""), span):
                continue
            newest[country] = max(newest.get(country, ""), max(days))
            kept.append(country)
        out.append({**s, "incidents": [i for i in s.get("incidents", []) if i["country"] in kept],
                    **({"background": [i for i in s["background"] if i["country"] in kept]} if "background" in s else {})})
    return out
