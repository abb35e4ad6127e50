"""One country's events kept current as article versions arrive, with state bounded by an event-time window.

Grouping (events.py) has three steps: placed reports cluster among themselves, unplaced reports
cluster among themselves, and each unplaced group joins the one placed cluster it fits (among several,
the one of its own type). Every fitting cluster of a group is recorded, so a regrouping updates fits without a rescan. An update
regroups only what it can change: the placed and unplaced components its reports belong to (pairs
of compatible reports), and the unplaced groups within the day window of a changed placed cluster.
That gives exactly what `group_reports` gives on the whole set. Events whose newest report is older
than the window (minus the widest day gap) are closed: their reports are dropped, their summaries kept.
Background reports stay out of all that: after each update they are attached to the one event they fit
(`BackgroundLinks`, background.py), which adds their articles to it and changes nothing else.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from services.aggregator.background import DEFAULT_BACKGROUND_DAYS, BackgroundLinks, eligible, with_background
from services.aggregator.event_index import Slot, Span, lookups, slots, span_fits
from services.aggregator.event_values import Event, summarise
from services.aggregator.events import MAX_DAY_GAP, agglomerate, compatible
from services.aggregator.reports import Report, ReportKey
from services.aggregator.set_index import discard_member

DEFAULT_EVENT_WINDOW_DAYS = 14  # Settings.event_window_days passes the configured value
WINDOW_OFFSETS = tuple(dt.timedelta(days=k) for k in range(-MAX_DAY_GAP, MAX_DAY_GAP + 1))  # a pair's widest day gap
# Two unplaced reports pair only on the same day (events.compatible: nothing but the day ties them), so an
# unplaced report's possible pairs are looked up on its own day only; tests/unit/test_event_index.py pins it.
UNPLACED_OFFSETS = (dt.timedelta(0),)


@dataclass
class EventChanges:
    """What one update did: events to (re)publish and event ids to tombstone."""

    upserted: list[Event] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


class EventTally:
    """Event totals (count, by type, toll) and daily buckets by event day, updated as events come and go."""

    def __init__(self) -> None:
        self.events = 0
        self.fatalities = 0
        self.by_type: dict[str, int] = defaultdict(int)
        self.daily: dict[str, dict[str, Any]] = {}

    def add(self, e: Event, sign: int, dated: bool = True) -> None:
        """Count (sign=1) or uncount (sign=-1) an event; `dated=False` leaves the daily buckets alone."""
        self.events += sign
        self.fatalities += sign * (e.fatalities or 0)
        self.by_type[e.type] += sign
        if not self.by_type[e.type]:
            del self.by_type[e.type]
        if dated:
            self._bucket(e, sign)

    def undate(self, e: Event) -> None:
        """Take an event out of the daily buckets only (it stays in the totals)."""
        self._bucket(e, -1)

    def _bucket(self, e: Event, sign: int) -> None:
        bucket = self.daily.setdefault(e.event_date, {"events": 0, "by_type": {}, "fatalities": 0})
        bucket["events"] += sign
        bucket["fatalities"] += sign * (e.fatalities or 0)
        left = bucket["by_type"].get(e.type, 0) + sign
        if left:
            bucket["by_type"][e.type] = left
        else:
            bucket["by_type"].pop(e.type, None)
        if not bucket["events"]:
            del self.daily[e.event_date]

    def newest_day(self) -> str | None:
        """The newest event day in the buckets (ISO)."""
        return max(self.daily, default=None)

    def counts(self, retention_days: int) -> dict[str, Any]:
        """The event fields of country-counts v2, as `event_counts` renders them."""
        daily: dict[str, dict[str, Any]] = {}
        newest = self.newest_day()
        if newest is not None:
            oldest = (dt.date.fromisoformat(newest) - dt.timedelta(days=retention_days - 1)).isoformat()
            daily = {d: {**b, "by_type": dict(sorted(b["by_type"].items()))}
                     for d, b in sorted(self.daily.items()) if d >= oldest}
        return {"events": self.events, "events_by_type": dict(sorted(self.by_type.items())),
                "event_fatalities": self.fatalities, "daily_events": daily}


class CountryEvents:
    """The open reports and events of one country, plus the summaries of closed events."""

    def __init__(self, country: str, window_days: int = DEFAULT_EVENT_WINDOW_DAYS,
                 background_days: int = DEFAULT_BACKGROUND_DAYS) -> None:
        self.country = country
        self.window_days = window_days
        self.links = BackgroundLinks(background_days)  # background reports and the events they support
        self.background_held: set[str] = set()  # articles with background reports here (held, like reports)
        self.reports: dict[ReportKey, Report] = {}
        self.by_article: dict[str, list[ReportKey]] = defaultdict(list)
        self.by_slot: dict[Slot, set[ReportKey]] = defaultdict(set)
        self.linked: dict[ReportKey, set[ReportKey]] = {}  # held report -> the held reports of its kind it pairs with
        self.fitting: dict[int, set[int]] = {}  # unplaced group -> every placed cluster it fits
        self.own_fits: dict[int, set[int]] = {}  # unplaced group -> the fitting clusters sharing one of its types
        self.fitted_by: dict[int, set[int]] = defaultdict(set)  # placed cluster -> the groups that fit it
        self.groups_of: dict[int, set[int]] = defaultdict(set)  # placed cluster -> groups attached to it
        self.unit_of: dict[ReportKey, int] = {}  # placed cluster or unplaced group
        self.units: dict[int, list[ReportKey]] = {}
        self.unit_days: dict[tuple[str, bool, dt.date], set[int]] = defaultdict(set)  # units with a report that day
        self.unit_slots: dict[int, set[tuple[str, bool, dt.date]]] = {}
        self.spans: dict[int, Span] = {}
        self.attached: dict[int, int] = {}  # unplaced group -> the placed cluster it joined
        self.event_of: dict[ReportKey, str] = {}
        self.events: dict[str, Event] = {}
        self.closed: dict[str, Event] = {}
        self.archived: dict[str, Event] = {}  # closed events past the daily retention: in totals, not in daily
        self.tally = EventTally()  # counts of every event above, kept as events change (no scan per update)
        self._archived_below = ""  # the retention limit last applied (ISO day)
        self.newest: dt.date | None = None
        self._closed_below: dt.date | None = None  # the closing limit last applied
        self._next_unit = 0

    @classmethod
    def from_reports(cls, country: str, reports: Iterable[Report], window_days: int = DEFAULT_EVENT_WINDOW_DAYS,
                     background_days: int = DEFAULT_BACKGROUND_DAYS) -> CountryEvents:
        """Rebuild the open events from held reports (after a restart or rebalance), as one grouping."""
        book = cls(country, window_days, background_days)
        everything = list({r.key: r for r in reports}.values())
        held = [r for r in everything if not r.background]
        for r in held:
            book._remember(r)
        changes = book._update(held, [])
        by_article: dict[str, list[Report]] = defaultdict(list)
        for r in everything:
            by_article[r.key.article_id].append(r)
        book._link(changes, {a: rs for a, rs in sorted(by_article.items()) if any(r.background for r in rs)})
        return book

    def horizon(self) -> dt.date | None:
        """Reports dated before this day no longer join events."""
        return None if self.newest is None else self.newest - dt.timedelta(days=self.window_days)

    def replace_article(self, article_id: str, reports: list[Report]) -> EventChanges:
        """Set an article's current reports in this country (an empty list removes it) and regroup what it touches."""
        given = list({r.key: r for r in reports}.values())  # a report given twice is one report
        reports = [r for r in given if not r.background]
        old = [self.reports[k] for k in self.by_article.get(article_id, [])]
        horizon = self.horizon()
        held = bool(old) or article_id in self.background_held  # a held article's new version regroups normally
        expired = [r for r in reports if not held and horizon is not None and r.day < horizon]
        fresh = [r for r in reports if r not in expired]
        for r in old:
            self._forget(r)
        for r in fresh:
            self._remember(r)
        changes = self._update(old + fresh, old)
        for r in expired:  # too old to join anything: an event of its own, closed at once
            event = self._with_links(summarise([r]))
            self._close(event)
            changes.upserted.append(event)
        self._close_expired()
        self._link(changes, {article_id: given})
        return changes

    def forget_background(self, articles: Iterable[str]) -> None:
        """Drop the background reports of articles folded away (their events were folded with them)."""
        articles = [a for a in articles if a in self.background_held]
        self.background_held.difference_update(articles)
        self.links.forget_articles(articles)

    def _link(self, changes: EventChanges, articles: dict[str, list[Report]]) -> None:
        """Attach background reports after an update: the changed events, then these articles' reports.

        Events whose background articles changed are given their new value (in `changes` and in the book);
        the tally does not move, since only their articles change.
        """
        changed = self.links.events_changed(changes.upserted, changes.removed)
        for article, reports in articles.items():
            if any(r.background for r in reports):
                self.background_held.add(article)
            else:
                self.background_held.discard(article)
            changed |= self.links.set_article(article, eligible(reports))
        for event_id in sorted(changed | {e.id for e in changes.upserted}):
            old = self.events.get(event_id) or self.closed.get(event_id) or self.archived.get(event_id)
            if old is None:
                continue
            event = with_background(old, self.links.articles_of(event_id))
            if event == old:
                continue
            if event_id in self.events:
                self._set_event(event)
            else:
                self._close(event)
            changes.upserted = [e for e in changes.upserted if e.id != event_id] + [event]

    def counts(self, retention_days: int) -> dict[str, Any]:
        """Country-counts v2 event fields; closed events older than the retention count in totals only.

        Equal to `event_counts` over every open, closed and archived event (archived ones left out of the
        daily buckets), read from the running tally: O(days kept), not O(events).
        """
        newest = self.tally.newest_day()
        if newest is not None:
            oldest = (dt.date.fromisoformat(newest) - dt.timedelta(days=retention_days - 1)).isoformat()
            if oldest > self._archived_below:
                self._archived_below = oldest
                for eid in [eid for eid, e in self.closed.items() if e.event_date < oldest]:
                    self.archived[eid] = gone = self.closed.pop(eid)
                    self.tally.undate(gone)
        return self.tally.counts(retention_days)

    def fold(self, event_id: str) -> Event:
        """Take a closed (or archived) event out of the lists; it stays in the totals (the caller archives it)."""
        self.links.forget_event(event_id)
        if event_id in self.closed:
            event = self.closed.pop(event_id)
            self.tally.undate(event)
            return event
        return self.archived.pop(event_id)

    def add_folded(self, events: int, fatalities: int, by_type: dict[str, int]) -> None:
        """Count events folded into the country's archive (after a rebuild): totals only."""
        self.tally.events += events
        self.tally.fatalities += fatalities
        for kind, n in by_type.items():
            self.tally.by_type[kind] += n

    def all_events(self) -> list[Event]:
        """Open and closed events (not the archived ones), by first report time."""
        return sorted([*self.events.values(), *self.closed.values()], key=lambda e: (e.first_report_at, e.id))

    def _close(self, event: Event) -> None:
        """Keep a closed event (replacing a closed or archived one with its id), keeping the tally."""
        old = self.closed.pop(event.id, None)
        if old is not None:
            self.tally.add(old, -1)
        archived = self.archived.pop(event.id, None)
        if archived is not None:
            self.tally.add(archived, -1, dated=False)
        if event.event_date < self._archived_below:  # already past the daily retention
            self.archived[event.id] = event
            self.tally.add(event, 1, dated=False)
        else:
            self.closed[event.id] = event
            self.tally.add(event, 1)

    def _set_event(self, event: Event) -> None:
        """Put an open event in place of the one with its id (if any), keeping the tally."""
        old = self.events.get(event.id)
        if old is not None:
            self.tally.add(old, -1)
        self.events[event.id] = event
        self.tally.add(event, 1)

    def _drop_event(self, event_id: str) -> None:
        gone = self.events.pop(event_id, None)
        if gone is not None:
            self.tally.add(gone, -1)

    # -- held reports and their index -------------------------------------------------------------

    def _remember(self, r: Report) -> None:
        self.reports[r.key] = r
        self.by_article[r.key.article_id].append(r.key)
        for slot in slots(r):
            self.by_slot[slot].add(r.key)
        self.newest = r.day if self.newest is None else max(self.newest, r.day)
        links = self.linked[r.key] = self._pairs_of(r)
        for key in links:
            self.linked[key].add(r.key)

    def _forget(self, r: Report) -> None:
        del self.reports[r.key]
        keys = self.by_article[r.key.article_id]
        keys.remove(r.key)
        if not keys:
            del self.by_article[r.key.article_id]
        for slot in slots(r):
            self.by_slot[slot].discard(r.key)
        for key in self.linked.pop(r.key, ()):
            self.linked[key].discard(r.key)

    def _pairs_of(self, r: Report) -> set[ReportKey]:
        """The held reports of r's kind (placed, or unplaced) that r is compatible with."""
        held = self.reports
        return {key for key in self._alike(r) if key != r.key and compatible(r, held[key])}

    def _alike(self, r: Report) -> set[ReportKey]:
        """Held reports of r's kind sharing an index token with r within the widest day gap (all its possible pairs)."""
        out: set[ReportKey] = set()
        held, kind, tokens = self.by_slot.get, r.type_class, lookups(r)
        for offset in (WINDOW_OFFSETS if r.place is not None else UNPLACED_OFFSETS):
            day = r.day + offset
            for token in tokens:
                found = held((kind, token, day))
                if found:
                    out |= found
        return out

    def _component(self, seeds: list[Report]) -> tuple[list[Report], list[tuple[Report, Report]]]:
        """Held reports linked to the seeds by compatible pairs of their own kind (placed, or unplaced), and every
        compatible pair among them, (lower key, higher key).

        Pairs are kept as reports come and go (`linked`), so walking a component and handing its pairs to
        `agglomerate` costs its pairs, not a comparison of every two reports in the day window (in a country
        with hundreds of open events a component can hold a region's reports of two weeks). A seed that was
        just removed finds its former pairs through the index.
        """
        held = self.reports
        seen = {r.key: r for r in seeds}
        todo = list(seeds)
        while todo:
            r = todo.pop()
            near = self.linked[r.key] if held.get(r.key) is r else self._pairs_of(r)
            for key in near:
                if key not in seen:
                    seen[key] = held[key]
                    todo.append(held[key])
        members = [r for r in seen.values() if held.get(r.key) is r]
        return members, [(r, held[key]) for r in members for key in self.linked[r.key] if r.key < key]

    # -- regrouping -------------------------------------------------------------------------------

    def _new_unit(self, reports: list[Report]) -> int:
        unit = self._next_unit
        self._next_unit += 1
        self.units[unit] = [r.key for r in reports]
        self.unit_slots[unit] = {(r.type_class, r.place is not None, r.day) for r in reports}
        self.spans[unit] = Span.of(reports)
        for r in reports:
            self.unit_of[r.key] = unit
        for slot in self.unit_slots[unit]:
            self.unit_days[slot].add(unit)
        return unit

    def _drop_unit(self, unit: int) -> list[ReportKey]:
        """Forget a unit (its reports stay held, or were just forgotten); return its report keys."""
        keys = self.units.pop(unit)
        for k in keys:
            self.unit_of.pop(k, None)
        for slot in self.unit_slots.pop(unit):
            self.unit_days[slot].discard(unit)
        del self.spans[unit]
        target = self.attached.pop(unit, None)
        if target is not None:
            self.groups_of[target].discard(unit)
        for group in self.groups_of.pop(unit, set()):  # its groups are refitted by the caller
            self.attached.pop(group, None)
        self._unfit(unit)
        return keys

    def _members(self, unit: int) -> list[Report]:
        return [self.reports[k] for k in self.units[unit]]

    def _is_placed(self, unit: int) -> bool:
        return self.reports[self.units[unit][0]].place is not None

    def _fit_candidates(self, unit: int, placed: bool) -> set[int]:
        """Units of the other kind (placed or not) with a report on a day a unit fitting this one must keep to."""
        out: set[int] = set()
        near, kind = self.unit_days.get, self.reports[self.units[unit][0]].type_class
        for day in self.spans[unit].fit_days():
            found = near((kind, placed, day))
            if found:
                out |= found
        return out

    def _unfit(self, group: int) -> None:
        """Forget which clusters a group fits (in both directions)."""
        for c in self.fitting.pop(group, set()):
            discard_member(self.fitted_by, c, group)
        self.own_fits.pop(group, None)

    def _add_fit(self, group: int, cluster: int) -> None:
        """Record that a group fits a cluster (and whether they share a type)."""
        self.fitting[group].add(cluster)
        self.fitted_by[cluster].add(group)
        if self.spans[group].types & self.spans[cluster].types:
            self.own_fits[group].add(cluster)

    def _attach_group(self, group: int) -> None:
        """Attach a group to the one cluster it fits, or to the one of its own type among several (as `events._attach`)."""
        fits, own = self.fitting.get(group, set()), self.own_fits.get(group, set())
        target = next(iter(fits)) if len(fits) == 1 else next(iter(own)) if len(own) == 1 else None
        old = self.attached.pop(group, None)
        if old is not None:
            self.groups_of[old].discard(group)
        if target is not None:
            self.attached[group] = target
            self.groups_of[target].add(group)

    def _scan_fits(self, group: int) -> None:
        """Find every placed cluster a group fits (all are kept: the choice among several looks at their types)."""
        self._unfit(group)
        self.fitting[group], self.own_fits[group] = set(), set()
        span = self.spans[group]
        for c in self._fit_candidates(group, True):
            if span_fits(span, self.spans[c]):
                self._add_fit(group, c)
        self._attach_group(group)

    def _refit(self, old_units: set[int], new_placed: list[int]) -> set[int]:
        """Update the fits of unplaced groups a regrouping can touch; return those whose attachment changed.

        A group's fits change only when a fitting cluster was regrouped or a new cluster fits it. Its
        recorded fits are complete and indexed both ways, so the change costs what changed, not a rescan.
        """
        new_fits: dict[int, list[int]] = defaultdict(list)
        for cluster in new_placed:
            span = self.spans[cluster]
            for g in self._fit_candidates(cluster, False):
                if span_fits(self.spans[g], span):
                    new_fits[g].append(cluster)
        touched = set(new_fits)
        for u in old_units:  # the groups that fitted a regrouped cluster, looked up rather than scanned for
            for g in self.fitted_by.pop(u, set()):
                touched.add(g)
                if g in self.fitting:
                    self.fitting[g].discard(u)
                    self.own_fits[g].discard(u)
        moved = set()
        for g in touched - old_units:
            before = self.attached.get(g)
            for c in new_fits.get(g, []):
                self._add_fit(g, c)
            self._attach_group(g)
            if self.attached.get(g) != before:
                moved.add(g)
                if before is not None and before in self.units:
                    moved.add(before)
        return moved

    def _update(self, changed: list[Report], removed: list[Report]) -> EventChanges:
        """Regroup what the changed reports can affect and publish the difference."""
        placed, placed_pairs = self._component([r for r in changed if r.place is not None])
        unplaced, unplaced_pairs = self._component([r for r in changed if r.place is None])
        old_units = {self.unit_of[r.key] for r in [*placed, *unplaced, *removed] if r.key in self.unit_of}
        stale = {k for u in old_units for k in self.units[u]}
        stale |= {k for u in old_units for g in self.groups_of.get(u, ()) for k in self.units[g]}
        targets_before = {self.attached[u] for u in old_units if u in self.attached} - old_units
        orphans = {g for u in old_units for g in self.groups_of.get(u, ())} - old_units  # their cluster is regrouped
        for u in old_units:
            self._drop_unit(u)
        new_placed = [self._new_unit(c) for c in agglomerate(placed, placed_pairs)]
        new_groups = [self._new_unit(g) for g in agglomerate(unplaced, unplaced_pairs)]
        for g in new_groups:
            self._scan_fits(g)
        moved = self._refit(old_units, new_placed) | orphans
        affected = set(new_placed) | set(new_groups) | moved | targets_before
        affected |= {self.attached[g] for g in [*new_groups, *moved] if g in self.attached}
        stale |= {k for g in moved for k in self.units[g]}
        return self._republish(affected, stale)

    def _event_units(self, unit: int) -> list[int]:
        """The units an event is made of: a placed cluster with the groups attached to it, or a lone group."""
        unit = self.attached.get(unit, unit)
        if not self._is_placed(unit):
            return [unit]
        return [unit, *sorted(self.groups_of.get(unit, ()))]

    def _republish(self, units: set[int], stale_keys: set[ReportKey]) -> EventChanges:
        """Summarise the events of these units; tombstone events that no longer exist."""
        grouped = {unit: [r for u in self._event_units(unit) for r in self._members(u)] for unit in sorted(units)}
        stale_keys = stale_keys | {r.key for reports in grouped.values() for r in reports}
        before = {self.event_of[k] for k in stale_keys if k in self.event_of}
        for k in stale_keys:
            self.event_of.pop(k, None)
        changes = EventChanges()
        after = set()
        for reports in grouped.values():
            event = self._with_links(summarise(reports))
            after.add(event.id)
            for r in reports:
                self.event_of[r.key] = event.id
            if self.events.get(event.id) != event:
                self._set_event(event)
                changes.upserted.append(event)
        live = set(self.event_of.values())
        for gone in sorted(before - after - live):
            self._drop_event(gone)
            changes.removed.append(gone)
        return changes

    def _with_links(self, event: Event) -> Event:
        """An event summarised from its reports, with the background articles attached to its id so far."""
        articles = self.links.articles_of(event.id)
        return with_background(event, articles) if articles else event

    def _close_expired(self) -> None:
        """Close events that no held or future report can join; drop their reports (bounded state)."""
        horizon = self.horizon()
        if horizon is None:
            return
        limit = horizon - dt.timedelta(days=MAX_DAY_GAP)
        if limit == self._closed_below:
            return  # nothing can have expired since the newest day last moved
        self._closed_below = limit
        members: dict[str, list[ReportKey]] = defaultdict(list)
        for key, eid in self.event_of.items():
            members[eid].append(key)
        for eid, keys in members.items():
            if max(self.reports[k].day for k in keys) >= limit:
                continue
            for k in keys:
                unit = self.unit_of.get(k)
                if unit is not None:
                    self._drop_unit(unit)
                    for g in self.fitted_by.pop(unit, set()):  # a closed cluster is no longer a fit
                        self.fitting.get(g, set()).discard(unit)
                        self.own_fits.get(g, set()).discard(unit)
                self.event_of.pop(k)
                self._forget(self.reports[k])
            self.closed[eid] = self.events.pop(eid)  # the tally counts open and closed alike
