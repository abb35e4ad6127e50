"""Bounded state: contributions and events far behind a country's newest report fold into one archive entry."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from services.aggregator.archive import (
    Folding,
    RouteHorizon,
    archive_key,
    bounded_sets,
    is_archive_key,
    span_days,
)
from services.aggregator.counting import CountryIndex, plan_updates, stored_contribution
from services.aggregator.event_stream import OwnedEvents, held_reports
from services.aggregator.reports import report_from_json

RETENTION, WINDOW = 30, 14
SPAN = span_days(RETENTION, WINDOW)
NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
PLACES = ["Gao", "Kidal", "Bamako", "Mopti", None]


class CountSide:
    """The count agent's state handling (app.py `count` and `fold`) without Faust: a dict for the table."""

    def __init__(self, span: int = SPAN, table: dict[str, Any] | None = None) -> None:
        self.span = span
        self.table: dict[str, Any] = dict(table or {})
        items = [(k, v) for k, v in self.table.items() if not is_archive_key(k)]
        self.folding = Folding.from_table(self.table.items(), span)
        self.index = CountryIndex.from_contributions(
            (k.split("|")[0], c) for k, v in items if (c := stored_contribution(v)[1]) is not None)
        self.events = OwnedEvents.from_held(((k.split("|")[0], held_reports(v)) for k, v in items), WINDOW)
        for country, archive in self.folding.archives.items():
            self.index.add_folded(country, archive.to_json()["reports"])
            self.events.book(country).add_folded(archive.events, archive.event_fatalities, archive.events_by_type)
        self.late = 0

    def apply(self, update: dict[str, Any]) -> None:
        country, article = update["country"], update["article_id"]
        key = f"{country}|{article}"
        stored = self.table.get(key)
        if stored is None and self.folding.is_late(country, article, update):
            self.late += 1
            return
        old, new = stored_contribution(stored)[1], update["contribution"]
        if old != new:
            self.index.apply(country, old, new)
        self.events.replace_article(country, article, [report_from_json(r) for r in update["reports"]])
        self.table[key] = kept = {"version": update["version"], "contribution": new, "reports": update["reports"]}
        self.folding.note(country, article, kept)
        if self.folding.due(country):
            done = self.folding.fold(country, self.events.book(country), lambda a: self.table[f"{country}|{a}"])
            for a in done.articles:
                del self.table[f"{country}|{a}"]
            if done.archive is not None:
                self.table[archive_key(country)] = done.archive.to_json()
        self.counts(country)  # the agent publishes the counts after every update

    def counts(self, country: str) -> dict[str, Any]:
        return {**self.index.snapshot(country, RETENTION, NOW), **self.events.counts(country, RETENTION)}


def incident_set(article: str, day: dt.date, incidents: list[dict[str, Any]], version: int = 0) -> dict[str, Any]:
    return {"id": article, "event_date": day.isoformat(), "published_at": f"{day.isoformat()}T10:00:00Z",
            "version": [version, 0], "incidents": incidents}


def synthetic_sets(days: int, seed: int = 3) -> list[dict[str, Any]]:
    """Two incidents a day in Mali, each told by one to three articles over two days, tolls revised."""
    rnd = random.Random(seed)
    start = dt.date(2026, 1, 1)
    sets = []
    for d in range(days):
        for n in range(2):
            place, toll = rnd.choice(PLACES), rnd.choice([None, rnd.randrange(1, 20)])
            kind = rnd.choice(["explosion", "battle", "protest"])
            for k in range(rnd.randint(1, 3)):
                dead = None if toll is None else toll + rnd.randrange(0, 3)
                sets.append(incident_set(f"d{d}-{n}-{k}", start + dt.timedelta(days=d + (k > 1)), [
                    {"type": kind, "country": "ML", "location": place, "fatalities": dead}]))
    return sorted(sets, key=lambda s: (s["published_at"], s["id"]))


def feed(side: CountSide, sets: list[dict[str, Any]], previous: tuple[str, ...] = ()) -> CountSide:
    """Send each set's country updates, as route does (`previous`: the countries route remembers for it)."""
    for s in sets:
        for update in plan_updates(s, previous)[0]:
            side.apply(update.to_json())
    return side


def without_time(counts: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in counts.items() if k != "updated_at"}


def test_folding_keeps_the_counts_exact_and_a_rebuild_from_the_table_gives_them_again() -> None:
    sets = synthetic_sets(60)
    bounded = feed(CountSide(), sets)
    unbounded = feed(CountSide(span=10_000), sets)
    assert bounded.folding.archive("ML").folded_articles > 0  # something was folded
    assert without_time(bounded.counts("ML")) == without_time(unbounded.counts("ML"))
    rebuilt = CountSide(table=bounded.table)  # after a restart or rebalance: only the table is left
    assert without_time(rebuilt.counts("ML")) == without_time(unbounded.counts("ML"))


def test_state_stays_bounded_over_sixty_days() -> None:
    side = CountSide()
    sizes = []
    sets = synthetic_sets(60)
    for day in range(0, 60, 10):
        feed(side, [s for s in sets if day <= (dt.date.fromisoformat(s["event_date"]) - dt.date(2026, 1, 1)).days
                    < day + 10])
        sizes.append(len(side.table))
    articles_per_day = len(sets) / 60
    assert max(sizes) <= (SPAN + 6) * articles_per_day + 1  # the span (plus events still open) and the archive
    assert sizes[-1] <= sizes[-2] * 1.2  # no longer growing with time
    book = side.events.book("ML")
    assert len(book.reports) + len(book.closed) + len(book.archived) <= (SPAN + 6) * articles_per_day


def test_a_late_update_past_the_horizon_is_ignored_and_counted() -> None:
    sets = synthetic_sets(60)
    side = feed(CountSide(), sets)
    before = without_time(side.counts("ML"))
    folded = sets[0]  # day 1 of 60: folded long ago
    correction = {**folded, "version": [5, 0], "incidents": [{**folded["incidents"][0], "fatalities": 99}]}
    newcomer = incident_set("late-new", dt.date(2026, 1, 2), [{"type": "riot", "country": "ML", "location": "Gao",
                                                                "fatalities": 3}])
    feed(side, [correction, newcomer])
    assert side.late == 2
    assert without_time(side.counts("ML")) == before
    recent = sets[-1]  # still held: a correction applies exactly
    feed(side, [{**recent, "version": [5, 0], "incidents": []}], previous=("ML",))
    assert side.late == 2 and side.counts("ML")["total"] == before["total"] - 1


def test_an_event_straddling_the_horizon_is_not_folded_apart() -> None:
    side = CountSide(span=10)
    gao = [{"type": "explosion", "country": "ML", "location": "Gao", "fatalities": 4}]
    feed(side, [incident_set("first", dt.date(2026, 1, 1), gao), incident_set("second", dt.date(2026, 1, 3), gao)])
    assert len(side.events.book("ML").all_events()) == 1
    # newest moves so that the horizon falls between the two reports of the one event
    feed(side, [incident_set("far", dt.date(2026, 1, 12), [{**gao[0], "location": "Kidal"}])])
    assert side.folding.horizon("ML") == "2026-01-02"
    assert "ML|first" in side.table and "ML|second" in side.table  # held together: the event is not yet closed whole
    rebuilt = CountSide(span=10, table=side.table)
    assert without_time(rebuilt.counts("ML")) == without_time(side.counts("ML"))


def test_route_forgets_old_articles_and_ignores_their_later_versions() -> None:
    route = RouteHorizon(SPAN)
    route.note("old", "2026-01-01")
    route.note("corrected", "2026-01-02")
    route.note("corrected", "2026-02-10")  # its new version is recent: the horizon is 2025-12-28
    assert route.expired() == []
    route.note("new", "2026-03-01")
    assert route.expired() == ["old"]  # the horizon is now 2026-01-16
    old = incident_set("old", dt.date(2026, 1, 1), [])
    assert route.is_late(held=False, incident_set=old)
    assert not route.is_late(held=True, incident_set=old)  # still held: applied, its clears sent
    assert not route.is_late(held=False, incident_set=incident_set("new", dt.date(2026, 2, 20), []))


def test_offline_bounded_sets_apply_the_same_rules_in_publication_order_whatever_the_input_order() -> None:
    sets = synthetic_sets(60)
    late = incident_set("late-new", dt.date(2026, 1, 2), [{"type": "riot", "country": "ML", "location": "Gao",
                                                           "fatalities": 3}])
    late["published_at"] = "2026-03-05T00:00:00Z"  # published long after its day, after the horizon passed it
    shuffled = list(sets) + [late]
    random.Random(5).shuffle(shuffled)
    kept = bounded_sets(shuffled, RETENTION, WINDOW)
    assert kept == bounded_sets(list(reversed(shuffled)), RETENTION, WINDOW)
    assert "late-new" not in {s["id"] for s in kept}
    assert {s["id"] for s in kept} == {s["id"] for s in sets}  # in order, nothing else is late
    side = feed(CountSide(), sorted(shuffled, key=lambda s: (s["published_at"], s["id"])))
    assert side.late == 1
